import { domainMessages } from '../i18n/domain';
import { inspectionMessages } from './messages';
import type { Locale } from '../i18n/locale';
import type { Inspection } from './inspection';
import { INSPECTION_CATEGORIES } from './kinds';
import type { NoticeEvent, RectificationNotice } from './notice';
import { daysOverdue, shownStatus } from './overdue';
import { satisfactionRate, surveyOutcome, type AcceptanceSurvey } from './survey';
import type { CellRange } from '../exchange/grid';
import { categoryFields, inspectionHeader } from './inspectionMapping';
import { noticeLedgerMapping } from './noticeMapping';
import { codeCell, numberCell, textCell, type OutCell } from '../exchange/export/cells';
import { dateCell } from '../committees';
import { writeXlsx, type SheetSpec } from '../exchange/export/xlsxFile';

/**
 * The inspection, rectification and survey ledgers in the district's layout: a title, the
 * reporting unit and the day, one header row, one row per record. Column names are Chinese
 * whatever the UI language (this is the exchange format; titles follow the language), the
 * mapped ones the import mappings' canonical headers,
 * so the inspection ledger imports back and `street-ledger overdue` reads the rectification
 * ledger; cell values are the Chinese labels the parsers read.
 */

export interface LedgerHeading {
  readonly streetName: string;
  /** ISO day the ledger describes: overdue days and statuses are read against it. */
  readonly date: string;
}

/** A record with the names of its estate and community, resolved by the caller. */
export interface Placed<T> {
  readonly community: string;
  readonly estate: string;
  readonly record: T;
}

const zh = inspectionMessages['zh-CN'];
/** The ledger's cells are Chinese in every locale: the district reads them and they import back. */
const zhDomain = domainMessages['zh-CN'];
const PERCENT = '0.0%';

function range(r1: number, c1: number, r2: number, c2: number): CellRange {
  return { s: { r: r1, c: c1 }, e: { r: r2, c: c2 } };
}

/** Title, reporting unit and day, header: the three rows every ledger starts with. */
function ledgerSheet(name: string, title: string, heading: LedgerHeading, header: readonly string[], body: OutCell[][], locale: Locale): SheetSpec {
  const r = inspectionMessages[locale].report;
  const width = header.length;
  const split = Math.max(1, Math.floor(width / 2));
  const pad = (cells: OutCell[]) => [...cells, ...Array<OutCell>(Math.max(0, width - cells.length)).fill(null)];
  const rows: OutCell[][] = [
    pad([textCell(title)]),
    pad([textCell(r.reportingUnit(heading.streetName)), ...Array<OutCell>(split - 1).fill(null), textCell(r.asOf(heading.date))]),
    header.map(textCell),
    ...body,
  ];
  const merges = [range(0, 0, 0, width - 1), range(1, 0, 1, split - 1), range(1, split, 1, width - 1)];
  return { name, rows, merges, freezeRows: 3, widthSkipRows: 2 };
}

function inspectionSheet(heading: LedgerHeading, lines: readonly Placed<Inspection>[], locale: Locale): SheetSpec {
  const r = inspectionMessages[locale].report;
  const h = zh.report;
  // Category marks only matter in a 考评: the columns appear when some inspection has one.
  const withMarks = lines.some((l) => INSPECTION_CATEGORIES.some((c) => l.record.categories[c].mark !== null));
  const categoryKeys = INSPECTION_CATEGORIES.flatMap((c) => {
    const keys = categoryFields(c);
    return withMarks ? [keys.result, keys.note, keys.mark] : [keys.result, keys.note];
  });
  const header = [
    h.serial,
    ...['community', 'estate', 'inspectedOn', 'time', 'kind', 'inspectors', ...categoryKeys, 'score', 'findings'].map(inspectionHeader),
    h.photos,
  ];
  const body = lines.map(({ community, estate, record: i }, n) => [
    numberCell(n + 1),
    textCell(community),
    textCell(estate),
    dateCell(i.inspectedOn),
    textCell(i.time),
    textCell(zh.kind[i.kind]),
    textCell(zhDomain.list(i.inspectors)),
    ...INSPECTION_CATEGORIES.flatMap((c) => {
      const check = i.categories[c];
      const cells = [textCell(zh.result[check.result]), textCell(check.note)];
      return withMarks ? [...cells, numberCell(check.mark)] : cells;
    }),
    numberCell(i.score),
    textCell(i.findings),
    numberCell(i.photoCount),
  ]);
  return ledgerSheet(r.inspectionSheet, r.inspectionTitle(heading.streetName), heading, header, body, locale);
}

function lastOf<T extends NoticeEvent['type']>(events: readonly NoticeEvent[], type: T): Extract<NoticeEvent, { type: T }> | undefined {
  return events.findLast((e): e is Extract<NoticeEvent, { type: T }> => e.type === type);
}

const mapped = (key: string): string => noticeLedgerMapping.fields.find((f) => f.key === key)?.synonyms[0] ?? key;

function noticeSheet(heading: LedgerHeading, lines: readonly Placed<RectificationNotice>[], locale: Locale): SheetSpec {
  const r = inspectionMessages[locale].report;
  const h = zh.report;
  const header = [
    h.serial,
    ...['number', 'community', 'estate', 'responsibleParty', 'issuedOn'].map(mapped),
    h.items,
    mapped('deadline'),
    h.originalDeadline,
    mapped('status'),
    h.reportedOn,
    mapped('recheckedOn'),
    mapped('recheckResult'),
    h.escalations,
    h.daysOverdue,
    h.closedOn,
  ];
  const body = lines.map(({ community, estate, record: n }, i) => {
    const recheck = lastOf(n.events, 'rechecked');
    const report = lastOf(n.events, 'reported');
    const escalations = n.events.flatMap((e) => (e.type === 'escalated' ? [`${e.on} ${zh.escalation[e.escalation]}`] : []));
    const late = daysOverdue(n, heading.date);
    return [
      numberCell(i + 1),
      codeCell(n.number),
      textCell(community),
      textCell(estate),
      textCell(n.responsibleParty),
      dateCell(n.issuedOn),
      textCell(n.items.map((item, k) => `${k + 1}. ${zh.category[item.category]}${zhDomain.separator}${item.text}`).join('\n')),
      dateCell(n.deadline),
      dateCell(n.originalDeadline),
      textCell(zh.status[shownStatus(n, heading.date)]),
      report ? dateCell(report.on) : null,
      recheck ? dateCell(recheck.on) : null,
      recheck ? textCell(recheck.passed ? zh.report.passed : zh.report.failed) : null,
      textCell(escalations.join('；')),
      late > 0 ? numberCell(late) : null,
      n.closedOn ? dateCell(n.closedOn) : null,
    ];
  });
  return ledgerSheet(r.noticeSheet, r.noticeTitle(heading.streetName), heading, header, body, locale);
}

function surveySheet(heading: LedgerHeading, lines: readonly Placed<AcceptanceSurvey>[], locale: Locale): SheetSpec {
  const r = inspectionMessages[locale].report;
  const h = zh.report;
  const header = [h.serial, inspectionHeader('community'), inspectionHeader('estate'), h.surveyedOn, h.surveyed, h.satisfied, h.rate, h.threshold, h.outcome, h.note];
  const body = lines.map(({ community, estate, record: s }, i) => [
    numberCell(i + 1),
    textCell(community),
    textCell(estate),
    dateCell(s.surveyedOn),
    numberCell(s.surveyed),
    numberCell(s.satisfied),
    { t: 'n', v: satisfactionRate(s), z: PERCENT },
    { t: 'n', v: s.threshold, z: '0%' },
    textCell(zh.outcome[surveyOutcome(s, s.threshold)]),
    textCell(s.note),
  ] satisfies OutCell[]);
  return ledgerSheet(r.surveySheet, r.surveyTitle(heading.streetName), heading, header, body, locale);
}

export function exportInspectionLedger(heading: LedgerHeading, lines: readonly Placed<Inspection>[], locale: Locale = 'zh-CN'): Uint8Array {
  return writeXlsx([inspectionSheet(heading, lines, locale)]);
}

/** The rectification ledger; statuses and overdue days as of `heading.date`. */
export function exportNoticeLedger(heading: LedgerHeading, lines: readonly Placed<RectificationNotice>[], locale: Locale = 'zh-CN'): Uint8Array {
  return writeXlsx([noticeSheet(heading, lines, locale)]);
}

export function exportSurveyResults(heading: LedgerHeading, lines: readonly Placed<AcceptanceSurvey>[], locale: Locale = 'zh-CN'): Uint8Array {
  return writeXlsx([surveySheet(heading, lines, locale)]);
}
