import { summariseByCommunity } from './classSummary';
import type { Community, PlannedCounts } from './community';
import type { Estate } from './estate';
import { reconcileTable, type Finding } from './reconciliation';
import { exchangeMessages } from '../i18n/exchange';
import type { Locale } from '../i18n/locale';
import { formatFindingAt } from '../exchange/format';
import type { CellRange } from '../exchange/grid';
import { numberCell, textCell, type OutCell } from '../exchange/export/cells';
import type { SheetSpec } from '../exchange/export/xlsxFile';

/**
 * Plan 5's community × class table as the district reads it: a title, the reporting unit and
 * date, a two-row header with "其中" merged over the classes (for the plan and for the actual
 * inventory), one row per community, a totals row, and what does not add up in words.
 */

export interface ReportHeading {
  readonly streetName: string;
  /** ISO date printed as the report date. */
  readonly date: string;
}

const COLUMNS = 12;

function range(r1: number, c1: number, r2: number, c2: number): CellRange {
  return { s: { r: r1, c: c1 }, e: { r: r2, c: c2 } };
}

function remarks(findings: readonly Finding[], locale: Locale, separator: string): OutCell {
  return textCell(findings.map((f) => formatFindingAt(f, locale)).join(separator));
}

function plannedCells(planned: PlannedCounts): OutCell[] {
  return [numberCell(planned.total), numberCell(planned.class1), numberCell(planned.class2), numberCell(planned.class3)];
}

export function districtTableSheet(
  heading: ReportHeading,
  communities: readonly Community[],
  estates: readonly Estate[],
  locale: Locale,
): SheetSpec {
  const l = exchangeMessages[locale].layout;
  const table = reconcileTable(summariseByCommunity(communities, estates));
  const pad = (cells: OutCell[]): OutCell[] => [...cells, ...Array<OutCell>(Math.max(0, COLUMNS - cells.length)).fill(null)];
  const rows: OutCell[][] = [
    pad([textCell(l.districtTableTitle(heading.streetName))]),
    pad([textCell(l.reportingUnit(heading.streetName)), null, null, null, null, null, null, null, null, textCell(l.reportDate(heading.date))]),
    pad([l.serial, l.community, l.planned, l.ofWhich, null, null, l.inventory, l.ofWhich, null, null, null, l.remarks].map((t) => (t ? textCell(t) : null))),
    pad([null, null, null, l.class1, l.class2, l.class3, null, l.class1, l.class2, l.class3, l.unclassified, null].map((t) => (t ? textCell(t) : null))),
  ];
  table.rows.forEach((row, i) => {
    const inv = row.inventory;
    rows.push([
      numberCell(i + 1),
      textCell(row.name),
      ...plannedCells(row.planned),
      numberCell(inv.total),
      numberCell(inv.class1),
      numberCell(inv.class2),
      numberCell(inv.class3),
      numberCell(inv.unclassified),
      remarks(row.findings, locale, l.reasonSeparator),
    ]);
  });
  const totals = table.totals;
  const totalRow = rows.length;
  rows.push([
    textCell(l.total),
    null,
    ...plannedCells(totals.planned),
    numberCell(totals.inventory.total),
    numberCell(totals.inventory.class1),
    numberCell(totals.inventory.class2),
    numberCell(totals.inventory.class3),
    numberCell(totals.inventory.unclassified),
    remarks(totals.findings, locale, l.reasonSeparator),
  ]);
  const merges: CellRange[] = [
    range(0, 0, 0, COLUMNS - 1),
    range(1, 0, 1, 8),
    range(1, 9, 1, COLUMNS - 1),
    // Header cells standing alone span both header rows; "其中" spans its classes.
    ...[0, 1, 2, 6, 11].map((c) => range(2, c, 3, c)),
    range(2, 3, 2, 5),
    range(2, 7, 2, 10),
    range(totalRow, 0, totalRow, 1),
  ];
  return { name: l.districtTableSheet, rows, merges, freezeRows: 4, widthSkipRows: 2 };
}
