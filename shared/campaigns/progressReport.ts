import { dateCell } from '../committees';
import { numberCell, textCell, type OutCell } from '../exchange/export/cells';
import type { CellRange } from '../exchange/grid';
import { writeXlsx, type SheetSpec } from '../exchange/export/xlsxFile';
import type { Locale } from '../i18n/locale';
import type { CampaignDossier, CampaignSummary } from './dossier';
import type { FundFinding } from './funds';
import { campaignMessages, type CampaignMessages } from './messages';
import { formatYuan, sumFen, yuanOfFen } from './money';
import { partyName } from './party';

/**
 * The progress report (工作进展简报) of one campaign on one day: what the office used to write by
 * hand. The same lines make the workbook and the printed page, so the two never disagree.
 */

export interface ReportHeading {
  readonly streetName: string;
  readonly date: string;
}

/** One block of the report: a title and its table, first row the header. */
export interface ReportTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

export interface ProgressReport {
  readonly title: string;
  readonly reportingUnit: string;
  readonly asOf: string;
  readonly summary: readonly (readonly [string, string])[];
  readonly tasks: ReportTable;
  readonly returns: ReportTable;
  readonly funds: ReportTable;
  readonly goals: ReportTable;
}

export function findingText(t: CampaignMessages, finding: FundFinding): string {
  switch (finding.kind) {
    case 'sharesDoNotAddUp':
      return t.findings.sharesDoNotAddUp(formatYuan(finding.plannedFen), formatYuan(finding.sharesFen));
    case 'paidOverShare':
      return t.findings.paidOverShare(t.source[finding.source], formatYuan(finding.paidFen), formatYuan(finding.shareFen));
    case 'upfrontOverAllowance':
      return t.findings.upfrontOverAllowance(t.source[finding.source], formatYuan(finding.paidFen), formatYuan(finding.upfrontFen));
    case 'paidWithoutShare':
      return t.findings.paidWithoutShare(t.source[finding.source], formatYuan(finding.paidFen));
    case 'finalBeforeAcceptance':
      return t.findings.finalBeforeAcceptance(finding.paidOn);
  }
}

export function progressReport(dossier: CampaignDossier, summary: CampaignSummary, heading: ReportHeading, locale: Locale): ProgressReport {
  const t = campaignMessages[locale];
  const r = t.report;
  const estateName = new Map(dossier.estates.map((e) => [e.id, e.name]));
  const nameOf = (id: string) => estateName.get(id) ?? '';
  const expected = sumFen(summary.returns.map((l) => l.checklist.lines.length));
  const received = sumFen(summary.returns.map((l) => l.checklist.received));
  const statusText = (line: CampaignSummary['tasks'][number]) =>
    line.status.code === 'done' && line.status.doneLate ? t.doneLate : line.status.dueToday ? t.dueToday : t.status[line.status.code];
  return {
    title: r.title(dossier.campaign.name),
    reportingUnit: r.reportingUnit(heading.streetName),
    asOf: r.asOf(heading.date),
    summary: [
      [r.phase, summary.currentPhase?.name ?? t.list.noPhase],
      [r.tasks, r.taskCounts(summary.taskCounts.done, summary.tasks.length, summary.taskCounts.overdue)],
      [r.returns, r.returnCounts(received, expected)],
      [r.funds, r.fundCounts(formatYuan(summary.fundTotals.plannedFen), formatYuan(summary.fundTotals.paidFen), formatYuan(summary.fundTotals.remainingFen))],
      [r.inspections, r.inspectionCount(dossier.inspections.length)],
    ],
    tasks: {
      title: r.taskSheet,
      header: [r.serial, t.task.phase, t.task.title, t.task.dueOn, t.task.lead, t.task.responsible, r.status, r.progress],
      rows: summary.tasks.map((line, i) => {
        const latest = line.task.notes[line.task.notes.length - 1];
        return [i + 1, line.task.phase || t.task.wholeCampaign, line.task.title, line.task.dueOn, line.task.leadDepartment, line.task.responsibleDepartments.join(r.listSeparator), statusText(line), latest ? `${latest.on} ${latest.text}` : ''];
      }),
    },
    returns: {
      title: r.returnSheet,
      header: [r.serial, t.returns.title, t.returns.dueOn, t.returns.partyKind, r.received, r.missingParties],
      rows: summary.returns.map((line, i) => [
        i + 1,
        line.item.title,
        line.item.dueOn,
        t.partyKind[line.item.partyKind],
        t.returns.received(line.checklist.received, line.checklist.lines.length),
        line.checklist.missing.map((m) => partyName(m.party, nameOf)).join(r.listSeparator),
      ]),
    },
    funds: {
      title: r.fundSheet,
      header: [r.serial, t.funds.estate, t.funds.plannedShort, t.funds.paid, t.funds.remaining, t.funds.findings],
      rows: [
        ...summary.funds.map((line, i) => [
          i + 1,
          line.estate.name,
          yuanOfFen(line.balance.plannedFen),
          yuanOfFen(line.balance.paidFen),
          yuanOfFen(line.balance.remainingFen),
          line.balance.findings.length === 0 ? t.funds.ok : line.balance.findings.map((f) => findingText(t, f)).join('；'),
        ]),
        [null, t.funds.total, yuanOfFen(summary.fundTotals.plannedFen), yuanOfFen(summary.fundTotals.paidFen), yuanOfFen(summary.fundTotals.remainingFen), ''],
      ],
    },
    goals: {
      title: r.goalSheet,
      header: [r.serial, r.measure, r.done, r.of, r.target, r.reached],
      rows: summary.goals.map((goal, i) => [i + 1, t.measure[goal.measure], goal.done, goal.of, `${goal.targetPercent}%`, goal.met ? r.yes : r.no]),
    },
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const MONEY = '#,##0.00';

function cellOf(value: string | number | null, header: string, moneyHeaders: ReadonlySet<string>): OutCell {
  if (value === null) return null;
  if (typeof value === 'number') return moneyHeaders.has(header) ? { t: 'n', v: value, z: MONEY } : numberCell(value);
  return ISO.test(value) ? dateCell(value) : textCell(value);
}

function tableSheet(report: ProgressReport, table: ReportTable, moneyHeaders: ReadonlySet<string>): SheetSpec {
  const width = table.header.length;
  const pad = (cells: OutCell[]) => [...cells, ...Array<OutCell>(Math.max(0, width - cells.length)).fill(null)];
  const rows: OutCell[][] = [
    pad([textCell(`${report.title} · ${table.title}`)]),
    pad([textCell(report.reportingUnit), ...Array<OutCell>(Math.max(0, width - 2)).fill(null), textCell(report.asOf)]),
    table.header.map((h) => textCell(h)),
    ...table.rows.map((row) => row.map((value, i) => cellOf(value, table.header[i] ?? '', moneyHeaders))),
  ];
  const merges: CellRange[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } }];
  return { name: table.title, rows, merges, freezeRows: 3, widthSkipRows: 2 };
}

/** The report as a workbook: the summary, then one sheet per table. */
export function progressReportWorkbook(report: ProgressReport, locale: Locale): Uint8Array {
  const t = campaignMessages[locale];
  const money = new Set([t.funds.plannedShort, t.funds.paid, t.funds.remaining]);
  const summary: SheetSpec = {
    name: t.report.summarySheet,
    rows: [[textCell(report.title), null], [textCell(report.reportingUnit), textCell(report.asOf)], [textCell(t.report.item), textCell(t.report.value)], ...report.summary.map(([k, v]) => [textCell(k), textCell(v)])],
    merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }],
    freezeRows: 3,
    widthSkipRows: 1,
  };
  return writeXlsx([summary, ...[report.tasks, report.returns, report.funds, report.goals].map((table) => tableSheet(report, table, money))]);
}
