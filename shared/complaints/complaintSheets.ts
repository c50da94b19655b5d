import { dateCell } from '../committees';
import type { Community, Estate } from '../estates';
import { codeCell, numberCell, textCell, type OutCell } from '../exchange/export/cells';
import type { CellRange } from '../exchange/grid';
import { writeXlsx, type SheetSpec } from '../exchange/export/xlsxFile';
import type { Locale } from '../i18n/locale';
import type { Complaint } from './complaint';
import { complaintsMapping, type ComplaintRow } from './complaintMapping';
import type { ComplaintRules } from './deadlineRules';
import { acceptDeadline, complaintDue, concludeDeadline } from './deadlines';
import { complaintMessages } from './messages';
import { maskPhonesIn, personalAs, type PersonalView } from './masking';
import { rate, type MonthlySummary, type SummaryFigures } from './monthlySummary';

/**
 * Complaints as workbooks: the ledger in the district's layout (title, reporting unit and day,
 * one header row, a row per complaint, with its deadlines as of the day), the full workbook's
 * 投诉件 sheet (the mapping's canonical headers only, so it imports back to the same records),
 * and the monthly summary. Headers and cell values are Chinese whatever the UI language (the
 * exchange format); titles follow the language. Personal details are masked unless `view` is
 * 'shown' (the clerk's choice).
 */

const zh = complaintMessages['zh-CN'];

export interface ComplaintPlaces {
  readonly communities: readonly Pick<Community, 'id' | 'name'>[];
  readonly estates: readonly Pick<Estate, 'id' | 'name'>[];
}

/** Which names a complaint's ids stand for. */
export function complaintPlaces(places: ComplaintPlaces): { community(c: Complaint): string; estate(c: Complaint): string } {
  const community = new Map(places.communities.map((c) => [c.id, c.name]));
  const estate = new Map(places.estates.map((e) => [e.id, e.name]));
  return {
    community: (c) => (c.communityId === null ? '' : (community.get(c.communityId) ?? '')),
    estate: (c) => (c.estateId === null ? '' : (estate.get(c.estateId) ?? '')),
  };
}

/** A stored complaint as the row a sheet gives for it (with its personal fields as `view` says). */
export function complaintAsRow(c: Complaint, names: { community: string; estate: string }, view: PersonalView): ComplaintRow {
  const personal = personalAs(c, view);
  return {
    number: c.number,
    workOrderNumber: c.workOrderNumber,
    receivedOn: c.receivedOn,
    receivedAt: c.receivedAt,
    channel: c.channel,
    ...personal,
    community: names.community,
    estate: names.estate,
    against: c.against,
    againstName: c.againstName,
    category: c.category,
    content: view === 'shown' ? c.content : maskPhonesIn(c.content),
    hotlineDeadline: c.hotlineDeadline,
    status: c.status,
    acceptedOn: c.acceptedOn,
    rejectedReason: c.rejectedReason,
    assignee: c.assignee,
    extensionDays: c.extensionDays,
    extensionReason: c.extensionReason,
    reply: view === 'shown' ? c.reply : maskPhonesIn(c.reply),
    repliedOn: c.repliedOn,
    satisfaction: c.satisfaction,
    concludedOn: c.concludedOn,
  };
}

const CELLS: { readonly [K in keyof ComplaintRow]: (row: ComplaintRow) => OutCell } = {
  number: (r) => codeCell(r.number),
  workOrderNumber: (r) => codeCell(r.workOrderNumber),
  receivedOn: (r) => dateCell(r.receivedOn),
  receivedAt: (r) => textCell(r.receivedAt),
  channel: (r) => textCell(zh.channel[r.channel]),
  complainantName: (r) => textCell(r.complainantName),
  complainantPhone: (r) => codeCell(r.complainantPhone),
  complainantAddress: (r) => textCell(r.complainantAddress),
  community: (r) => textCell(r.community),
  estate: (r) => textCell(r.estate),
  against: (r) => textCell(zh.party[r.against]),
  againstName: (r) => textCell(r.againstName),
  category: (r) => textCell(zh.category[r.category]),
  content: (r) => textCell(r.content),
  hotlineDeadline: (r) => dateCell(r.hotlineDeadline),
  status: (r) => textCell(zh.status[r.status]),
  acceptedOn: (r) => dateCell(r.acceptedOn),
  rejectedReason: (r) => textCell(r.rejectedReason),
  assignee: (r) => textCell(r.assignee),
  extensionDays: (r) => (r.extensionDays > 0 ? numberCell(r.extensionDays) : null),
  extensionReason: (r) => textCell(r.extensionReason),
  reply: (r) => textCell(r.reply),
  repliedOn: (r) => dateCell(r.repliedOn),
  satisfaction: (r) => (r.satisfaction === null ? null : textCell(zh.satisfaction[r.satisfaction])),
  concludedOn: (r) => dateCell(r.concludedOn),
};

const ROW_FIELDS = complaintsMapping.fields.map((f) => f.key as keyof ComplaintRow);
const HEADERS = complaintsMapping.fields.map((f) => f.synonyms[0]);

function rowCells(row: ComplaintRow): OutCell[] {
  return ROW_FIELDS.map((field) => CELLS[field](row));
}

/** The full workbook's 投诉件 sheet, in number order. */
export function complaintRecordSheet(places: ComplaintPlaces, complaints: readonly Complaint[], view: PersonalView): SheetSpec {
  const names = complaintPlaces(places);
  const ordered = [...complaints].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.serial ?? 0) - (b.serial ?? 0) || a.receivedOn.localeCompare(b.receivedOn) || a.createdAt - b.createdAt);
  const rows = ordered.map((c) => rowCells(complaintAsRow(c, { community: names.community(c), estate: names.estate(c) }, view)));
  return { name: zh.report.recordSheet, rows: [HEADERS.map(textCell), ...rows], freezeRows: 1 };
}

export interface ComplaintLedgerHeading {
  readonly streetName: string;
  readonly date: string;
}

function range(r1: number, c1: number, r2: number, c2: number): CellRange {
  return { s: { r: r1, c: c1 }, e: { r: r2, c: c2 } };
}

function titled(name: string, title: string, heading: ComplaintLedgerHeading, header: readonly string[], body: OutCell[][], locale: Locale): SheetSpec {
  const r = complaintMessages[locale].report;
  const width = header.length;
  const split = Math.max(1, Math.floor(width / 2));
  const pad = (cells: OutCell[]) => [...cells, ...Array<OutCell>(Math.max(0, width - cells.length)).fill(null)];
  const rows: OutCell[][] = [
    pad([textCell(title)]),
    pad([textCell(r.reportingUnit(heading.streetName)), ...Array<OutCell>(split - 1).fill(null), textCell(r.asOf(heading.date))]),
    header.map(textCell),
    ...body,
  ];
  return { name, rows, merges: [range(0, 0, 0, width - 1), range(1, 0, 1, split - 1), range(1, split, 1, width - 1)], freezeRows: 3, widthSkipRows: 2 };
}

/** The ledger as shown: its rows in the order given, deadlines and 逾期 as of `heading.date`. */
export function exportComplaintLedger(
  heading: ComplaintLedgerHeading,
  places: ComplaintPlaces,
  complaints: readonly Complaint[],
  rules: ComplaintRules,
  view: PersonalView,
  locale: Locale = 'zh-CN',
): Uint8Array {
  const names = complaintPlaces(places);
  const header = [zh.report.serial, ...HEADERS, zh.report.acceptDeadline, zh.report.concludeDeadline, zh.report.due, zh.report.daysOverdue];
  const body = complaints.map((c, i) => {
    const due = complaintDue(c, heading.date, rules);
    return [
      numberCell(i + 1),
      ...rowCells(complaintAsRow(c, { community: names.community(c), estate: names.estate(c) }, view)),
      dateCell(acceptDeadline(c, rules)),
      dateCell(concludeDeadline(c, rules)),
      due === null ? null : textCell(`${zh.stage[due.stage]}${zh.state[due.state]}`),
      due !== null && due.daysOverdue > 0 ? numberCell(due.daysOverdue) : null,
    ];
  });
  const r = complaintMessages[locale].report;
  return writeXlsx([titled(r.ledgerSheet, r.ledgerTitle(heading.streetName), heading, header, body, locale)]);
}

const PERCENT = '0.0%';

function figureCells(f: SummaryFigures): OutCell[] {
  const share = (part: number, whole: number): OutCell => {
    const value = rate(part, whole);
    return value === null ? textCell('—') : { t: 'n', v: value, z: PERCENT };
  };
  return [numberCell(f.received), numberCell(f.concluded), numberCell(f.onTime), share(f.onTime, f.concluded), numberCell(f.asked), numberCell(f.satisfied), share(f.satisfied, f.asked), numberCell(f.overdue)];
}

/** The monthly summary: by category, then by community, each with the street's total. */
export function exportComplaintSummary(heading: ComplaintLedgerHeading, summary: MonthlySummary, communityName: (id: string) => string, locale: Locale = 'zh-CN'): Uint8Array {
  const m = complaintMessages[locale];
  const s = zh.summary;
  const figures = [s.received, s.concluded, s.onTime, s.onTimeRate, s.asked, s.satisfied, s.satisfactionRate, s.overdue];
  const total = [textCell(s.total), ...figureCells(summary.total)];
  const byCategory = titled(
    m.summary.byCategory,
    m.report.summaryTitle(heading.streetName, summary.month),
    heading,
    [zh.report.category, ...figures],
    [...summary.byCategory.map((line) => [textCell(zh.category[line.key]), ...figureCells(line)]), total],
    locale,
  );
  const byCommunity = titled(
    m.summary.byCommunity,
    m.report.summaryTitle(heading.streetName, summary.month),
    heading,
    [zh.report.community, ...figures],
    [...summary.byCommunity.map((line) => [textCell(line.key === '' ? s.noCommunity : communityName(line.key)), ...figureCells(line)]), total],
    locale,
  );
  return writeXlsx([byCategory, byCommunity]);
}
