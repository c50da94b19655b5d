import { COVERAGE_MEASURES, share, type CoverageCounts, type CoverageLine, type CoverageTable } from './coverage';
import type { CommitteeStatus } from './status';
import type { CommitteeTermFields, CommitteeTermLike } from './types';
import type { EstateClassCode } from '../estates';
import { committeeMessages } from './messages';
import { domainMessages } from '../i18n/domain';
import type { Locale } from '../i18n/locale';
import type { CellRange } from '../exchange/grid';
import { codeCell, numberCell, textCell, type OutCell } from '../exchange/export/cells';
import { dateCell } from './committeeCells';
import type { SheetSpec } from '../exchange/export/xlsxFile';
import { writeXlsx } from '../exchange/export/xlsxFile';

/**
 * The coverage report in the district's layout: a title, the reporting unit and the day, a
 * two-row header with each measure's 个数 / 占比 under its merged name, then per community a
 * 合计 row and one row per class (the community's name merged down over them), and the
 * street's totals the same way. A second sheet lists every estate with its status that day.
 */

export interface CoverageHeading {
  readonly streetName: string;
  /** ISO day the figures describe. */
  readonly date: string;
}

/** One estate's line on the status sheet. */
export interface EstateStatusLine {
  readonly community: string;
  readonly estate: string;
  readonly estateClass: EstateClassCode;
  readonly status: CommitteeStatus<CommitteeTermLike & Pick<CommitteeTermFields, 'filingNumber'>>;
}

const COLUMNS = 4 + COVERAGE_MEASURES.length * 2;
const PERCENT = '0.0%';

function range(r1: number, c1: number, r2: number, c2: number): CellRange {
  return { s: { r: r1, c: c1 }, e: { r: r2, c: c2 } };
}

function pad(cells: OutCell[], width: number = COLUMNS): OutCell[] {
  return [...cells, ...Array<OutCell>(Math.max(0, width - cells.length)).fill(null)];
}

function shareCell(part: number, whole: number): OutCell {
  const value = share(part, whole);
  return value === null ? null : { t: 'n', v: value, z: PERCENT };
}

function measureCells(counts: CoverageCounts): OutCell[] {
  return [numberCell(counts.estates), ...COVERAGE_MEASURES.flatMap((m) => [numberCell(counts[m]), shareCell(counts[m], counts.estates)])];
}

function coverageSheet(heading: CoverageHeading, table: CoverageTable, locale: Locale): SheetSpec {
  const r = committeeMessages[locale].report;
  const c = committeeMessages[locale].coverage;
  const classNames = domainMessages[locale].estateClass;
  // Unclassified estates get their own rows only where the street has any.
  const classes: EstateClassCode[] = table.totals.byClass[0].estates > 0 ? [1, 2, 3, 0] : [1, 2, 3];
  const rows: OutCell[][] = [
    pad([textCell(r.coverageTitle(heading.streetName))]),
    pad([textCell(r.reportingUnit(heading.streetName)), ...Array<OutCell>(COLUMNS - 4).fill(null), textCell(r.asOf(heading.date))]),
    pad([textCell(r.serial), textCell(r.community), textCell(r.estateClass), textCell(c.estates), ...COVERAGE_MEASURES.flatMap((m) => [textCell(c[m]), null])]),
    pad([null, null, null, null, ...COVERAGE_MEASURES.flatMap(() => [textCell(c.count), textCell(c.percent)])]),
  ];
  const merges: CellRange[] = [
    range(0, 0, 0, COLUMNS - 1),
    range(1, 0, 1, COLUMNS - 4),
    range(1, COLUMNS - 3, 1, COLUMNS - 1),
    ...[0, 1, 2, 3].map((col) => range(2, col, 3, col)),
    ...COVERAGE_MEASURES.map((_, i) => range(2, 4 + i * 2, 2, 5 + i * 2)),
  ];
  // The totals block has no serial: its name spans the serial and community columns.
  const block = (serial: number | null, name: string, line: CoverageLine) => {
    const first = rows.length;
    const lead = serial === null ? [textCell(name), null] : [numberCell(serial), textCell(name)];
    rows.push([...lead, textCell(r.allClasses), ...measureCells(line.all)]);
    for (const code of classes) rows.push([null, null, textCell(classNames[code] ?? ''), ...measureCells(line.byClass[code])]);
    const last = rows.length - 1;
    if (serial === null) merges.push(range(first, 0, last, 1));
    else merges.push(range(first, 0, last, 0), range(first, 1, last, 1));
  };
  table.rows.forEach((row, i) => block(i + 1, row.name, row));
  block(null, r.streetTotal, table.totals);
  return { name: r.coverageSheet, rows, merges, freezeRows: 4, widthSkipRows: 2 };
}

function statusSheet(heading: CoverageHeading, lines: readonly EstateStatusLine[], locale: Locale): SheetSpec {
  const r = committeeMessages[locale].report;
  const statusNames = committeeMessages[locale].status;
  const classNames = domainMessages[locale].estateClass;
  const width = 10;
  const rows: OutCell[][] = [
    pad([textCell(r.statusTitle(heading.streetName))], width),
    pad([textCell(r.reportingUnit(heading.streetName)), null, null, null, null, null, null, textCell(r.asOf(heading.date))], width),
    [r.serial, r.community, r.estate, r.estateClass, r.status, r.termNumber, r.electedOn, r.endOn, r.filedOn, r.filingNumber].map(textCell),
    ...lines.map((line, i) => {
      const term = line.status.term;
      return [
        numberCell(i + 1),
        textCell(line.community),
        textCell(line.estate),
        textCell(classNames[line.estateClass] ?? ''),
        textCell(statusNames[line.status.code] ?? ''),
        term ? textCell(r.term(term.termNumber)) : null,
        term ? dateCell(term.electedOn) : null,
        term ? dateCell(term.endOn) : null,
        term?.filedOn ? dateCell(term.filedOn) : null,
        term ? codeCell(term.filingNumber) : null,
      ];
    }),
  ];
  const merges = [range(0, 0, 0, width - 1), range(1, 0, 1, 6), range(1, 7, 1, width - 1)];
  return { name: r.statusSheet, rows, merges, freezeRows: 3, widthSkipRows: 2 };
}

/** The report as .xlsx bytes; the caller saves or downloads them. */
export function exportCoverageReport(
  heading: CoverageHeading,
  table: CoverageTable,
  estates: readonly EstateStatusLine[],
  locale: Locale = 'zh-CN',
): Uint8Array {
  return writeXlsx([coverageSheet(heading, table, locale), statusSheet(heading, estates, locale)]);
}
