import {
  complaintDue,
  complaintMessages,
  complaintsMapping,
  concludedOnTime,
  DEFAULT_COMPLAINT_RULES,
  maskName,
  maskPhone,
  type ComplaintRow,
  type DeadlineStage,
} from '../../shared/complaints';
import { exchangeMessages } from '../../shared/i18n/exchange';
import type { Locale } from '../../shared/i18n/locale';
import { localIsoDate } from '../../shared/inspections';
import { exitCodeOf, fileErrors, invalidRowsOf, type FileAnalysis, type Reading } from '../analyseFile';
import { EXIT_UNUSABLE, type Command } from '../command';
import { printFileErrors, reportDay } from '../dayOption';
import { analyseFiles } from '../isolation';
import { textTable } from '../textTable';

/**
 * `street-ledger complaints FILE... [--date YYYY-MM-DD] [--json]`: reads complaint registers (a
 * 12345 work-order export, a community's register, our own ledger), found through the same
 * header search and synonyms as the app's import, and prints on that day (default today) the
 * summary (received, concluded, concluded on time, overdue) and the complaints overdue, by the
 * app's own deadline rules with their default settings (15 days to accept, 60 to conclude,
 * calendar days; a work order's own deadline wins). A complaint named in several files counts
 * once (the first file's row). Complainants' names and phones are masked in every output.
 */

const READING: Reading = { kinds: ['complaints'], readOnly: true };
const RULES = DEFAULT_COMPLAINT_RULES;

export interface OverdueComplaint {
  readonly number: string;
  readonly community: string;
  readonly estate: string;
  readonly complainant: string;
  readonly phone: string;
  readonly stage: DeadlineStage;
  readonly deadline: string;
  readonly daysOverdue: number;
}

export interface ComplaintSummary {
  readonly received: number;
  readonly concluded: number;
  readonly onTime: number;
  readonly overdue: number;
}

/** The complaints of every file once each, as they stood on `date` (received by then). */
function complaintsOf(files: readonly FileAnalysis[], date: string): ComplaintRow[] {
  const seen = new Set<string>();
  const out: ComplaintRow[] = [];
  for (const file of files) {
    for (const { value } of file.kinds.complaints?.rows.valid ?? []) {
      const key = complaintsMapping.identity(value).key;
      if (seen.has(key) || value.receivedOn > date) continue;
      seen.add(key);
      out.push(value);
    }
  }
  return out;
}

/** A row as it stood on `date`: a conclusion after that day had not happened yet. */
function onDay(row: ComplaintRow, date: string): ComplaintRow {
  if (row.concludedOn === null || row.concludedOn <= date) return row;
  return { ...row, status: 'handling', concludedOn: null };
}

export function complaintReport(files: readonly FileAnalysis[], date: string): { overdue: OverdueComplaint[]; summary: ComplaintSummary } {
  const rows = complaintsOf(files, date).map((row) => onDay(row, date));
  const overdue: OverdueComplaint[] = [];
  for (const row of rows) {
    const due = complaintDue(row, date, RULES);
    if (due === null || due.state !== 'overdue') continue;
    overdue.push({
      number: row.number !== '' ? row.number : row.workOrderNumber,
      community: row.community,
      estate: row.estate,
      complainant: maskName(row.complainantName),
      phone: maskPhone(row.complainantPhone),
      stage: due.stage,
      deadline: due.deadline,
      daysOverdue: due.daysOverdue,
    });
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.number.localeCompare(b.number, 'zh-CN', { numeric: true }));
  const concluded = rows.filter((row) => row.status === 'concluded');
  return {
    overdue,
    summary: { received: rows.length, concluded: concluded.length, onTime: concluded.filter((row) => concludedOnTime(row, RULES) === true).length, overdue: overdue.length },
  };
}

function reportText(report: ReturnType<typeof complaintReport>, files: readonly FileAnalysis[], date: string, locale: Locale): string {
  const m = complaintMessages[locale];
  const x = exchangeMessages[locale].cli;
  const lines: string[] = [];
  for (const f of files) if (f.error !== null) lines.push(x.fileHeading(f.file), x.errorLine(f.error));
  const { summary, overdue } = report;
  lines.push(m.cli.summary(date, summary.received, summary.concluded, summary.onTime, summary.overdue));
  if (overdue.length === 0) lines.push(m.cli.none(date));
  else {
    lines.push(m.cli.heading(overdue.length));
    lines.push(textTable([m.cli.header, ...overdue.map((o) => [o.number, o.estate, o.complainant, o.phone, m.stage[o.stage], o.deadline, o.daysOverdue])]));
  }
  const invalid = invalidRowsOf(files);
  if (invalid > 0) lines.push(m.cli.invalidExcluded(invalid));
  return lines.join('\n');
}

export const complaintsCommand: Command = {
  name: 'complaints',
  usageLine: (locale) => complaintMessages[locale].cli.usageLine,
  options: [{ name: 'date', flags: ['--date'], takesValue: true }],
  async run({ args, locale, output, cwd }) {
    const date = reportDay(args.options.date, localIsoDate(new Date()), output, complaintMessages[locale].cli.badDate);
    if (date === null) return EXIT_UNUSABLE;
    const files = await analyseFiles(args.files, cwd, READING, locale);
    const report = complaintReport(files, date);
    if (args.options.json) {
      printFileErrors(files, locale, output);
      output.out(JSON.stringify({ date, files: fileErrors(files), overdue: report.overdue, summary: report.summary }, null, 2));
    } else {
      output.out(reportText(report, files, date, locale));
    }
    return exitCodeOf(files);
  },
};
