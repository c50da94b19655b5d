import type { CellRange } from '../exchange/grid';
import { codeCell, numberCell, textCell, type OutCell } from '../exchange/export/cells';
import type { SheetSpec } from '../exchange/export/xlsxFile';
import type { Company } from './company';
import { companyOf, type CreditEvent, type CreditLedger } from './creditEvents';
import { creditYear } from './creditScore';
import type { CompanyMessages } from './messages';
import type { CreditGrade, CreditRules } from './creditRules';

/** One company's line of the annual credit summary (年度信用汇总). */
export interface CreditSummaryLine {
  readonly company: Company;
  readonly estates: number;
  /** Notices issued to it in the year. */
  readonly notices: number;
  readonly overdue: number;
  readonly escalations: number;
  readonly complaints: number;
  /** The mean of the year's 考评 scores of its estates, one decimal; null without one. */
  readonly averageScore: number | null;
  /** The events' points together (the score less the start). */
  readonly points: number;
  readonly score: number;
  readonly grade: CreditGrade;
}

export function creditSummary(ledger: CreditLedger, events: readonly CreditEvent[], year: number, rules: CreditRules): CreditSummaryLine[] {
  const of = companyOf(ledger);
  const inYear = (iso: string) => iso.startsWith(`${year}-`);
  return ledger.companies.map((company) => {
    const file = creditYear(events, company.id, year, rules);
    const count = (kind: CreditEvent['kind']) => file.lines.filter((e) => e.kind === kind).length;
    const scores = ledger.inspections
      .filter((i) => i.kind === 'assessment' && i.score !== null && inYear(i.inspectedOn) && of.ofEstate(i.estateId) === company.id)
      .map((i) => i.score!);
    return {
      company,
      estates: ledger.estates.filter((e) => e.companyId === company.id).length,
      notices: ledger.notices.filter((n) => inYear(n.issuedOn) && of.ofNotice(n) === company.id).length,
      overdue: count('noticeOverdue'),
      escalations: count('escalation'),
      complaints: count('complaintSubstantiated'),
      averageScore: scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10,
      points: Math.round((file.score - file.start) * 100) / 100,
      score: file.score,
      grade: file.grade,
    };
  });
}

export interface SummaryHeading {
  readonly streetName: string;
  readonly year: number;
  /** ISO date the summary was made. */
  readonly date: string;
}

/**
 * The summary in the district's layout: a title over the table, reporting unit and date, a
 * numbered list (序号), grade and list in words. Written in Chinese whatever the UI language.
 */
export function creditSummarySheet(heading: SummaryHeading, lines: readonly CreditSummaryLine[], m: CompanyMessages): SheetSpec {
  const s = m.summary;
  const header = [s.serial, s.company, s.creditCode, s.estates, s.notices, s.overdue, s.escalations, s.complaints, s.averageScore, s.points, s.score, s.grade, s.listing];
  const width = header.length;
  const pad = (cells: OutCell[]): OutCell[] => [...cells, ...Array<OutCell>(Math.max(0, width - cells.length)).fill(null)];
  const rows: OutCell[][] = [
    pad([textCell(s.title(heading.streetName, heading.year))]),
    pad([textCell(s.reportingUnit(heading.streetName)), ...Array<OutCell>(width - 4).fill(null), textCell(s.reportDate(heading.date))]),
    header.map(textCell),
    ...lines.map((line, i) => [
      numberCell(i + 1),
      textCell(line.company.name),
      codeCell(line.company.creditCode),
      numberCell(line.estates),
      numberCell(line.notices),
      numberCell(line.overdue),
      numberCell(line.escalations),
      numberCell(line.complaints),
      numberCell(line.averageScore),
      numberCell(line.points),
      numberCell(line.score),
      textCell(line.grade),
      textCell(line.company.listing === 'none' ? '' : m.listing[line.company.listing]),
    ]),
  ];
  const merges: CellRange[] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: width - 4 } },
    { s: { r: 1, c: width - 3 }, e: { r: 1, c: width - 1 } },
  ];
  return { name: s.sheet, rows, merges, freezeRows: 3, widthSkipRows: 2 };
}
