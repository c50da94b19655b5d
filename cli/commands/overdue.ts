import path from 'node:path';
import { parseDateText } from '../../shared/common/dates';
import { nameKey } from '../../shared/common/text';
import { isExchangeError } from '../../shared/exchange/errors';
import { formatExchangeError } from '../../shared/exchange/format';
import {
  daysOverdue,
  inspectionMessages,
  isOverdue,
  localIsoDate,
  noticeLedgerMapping,
  type NoticeLedgerRow,
} from '../../shared/inspections';
import { analyseParsedWorkbook, type WorkbookAnalysis } from '../../shared/exchange/pipeline';
import { readWorkbook } from '../../shared/exchange/read';
import { exchangeMessages } from '../../shared/i18n/exchange';
import type { Locale } from '../../shared/i18n/locale';
import { EXIT_INVALID_ROWS, EXIT_OK, EXIT_UNUSABLE, type Command } from '../command';
import { readInputFile } from '../inputFile';
import { textTable } from '../textTable';

/**
 * `street-ledger overdue FILE... [--date YYYY-MM-DD] [--json]`: reads workbooks holding a
 * rectification ledger (our own export, or a district list with columns such as 通知书编号,
 * 社区, 小区名称, 下发日期, 整改期限, 整改情况 / 状态, 复查日期, 复查结果, found through the same
 * header search and synonyms as every import) and lists the notices overdue on that day
 * (default today) by the app's own rule: past the deadline in force and not closed. A notice
 * named in several files counts once (the first file's row). Exit codes as for `check`.
 */

interface FileRead {
  readonly file: string;
  readonly error: string | null;
  readonly ledger: WorkbookAnalysis<NoticeLedgerRow> | null;
}

async function readLedger(file: string, cwd: string, locale: Locale): Promise<FileRead> {
  const m = exchangeMessages[locale].cli;
  const input = await readInputFile(file, cwd);
  if (!input.ok) return { file, error: input.reason === 'exchange' ? formatExchangeError(input.error, locale) : m[input.reason], ledger: null };
  try {
    const workbook = await readWorkbook(input.bytes, path.basename(file));
    return { file, error: null, ledger: analyseParsedWorkbook(workbook, noticeLedgerMapping) };
  } catch (error) {
    if (isExchangeError(error)) return { file, error: formatExchangeError(error, locale), ledger: null };
    if (process.env.STREET_LEDGER_DEBUG) console.error(error);
    return { file, error: m.internalError, ledger: null };
  }
}

export interface OverdueNotice {
  readonly number: string;
  readonly community: string;
  readonly estate: string;
  readonly deadline: string;
  /** The status as the app names it (待整改, 已报告整改, 复查不合格). */
  readonly status: string;
  readonly daysOverdue: number;
}

/** The overdue notices of all files on `date`, longest overdue first. */
export function overdueOf(files: readonly FileRead[], date: string): OverdueNotice[] {
  const labels = inspectionMessages['zh-CN'].status;
  const seen = new Set<string>();
  const out: OverdueNotice[] = [];
  for (const file of files) {
    for (const { value } of file.ledger?.rows.valid ?? []) {
      const key = `${nameKey(value.community)}\u0001${nameKey(value.estate)}\u0001${nameKey(value.number)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!isOverdue(value, date)) continue;
      out.push({
        number: value.number,
        community: value.community,
        estate: value.estate,
        deadline: value.deadline,
        status: labels[value.status],
        daysOverdue: daysOverdue(value, date),
      });
    }
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || a.number.localeCompare(b.number, 'zh-CN', { numeric: true }));
}

function invalidRows(files: readonly FileRead[]): number {
  return files.reduce((n, f) => n + (f.ledger?.counts.invalid ?? 0), 0);
}

function overdueText(notices: readonly OverdueNotice[], files: readonly FileRead[], date: string, locale: Locale): string {
  const m = inspectionMessages[locale].cli;
  const x = exchangeMessages[locale].cli;
  const lines: string[] = [];
  for (const f of files) if (f.error !== null) lines.push(x.fileHeading(f.file), x.errorLine(f.error));
  if (notices.length === 0) lines.push(m.none(date));
  else {
    lines.push(m.heading(date, notices.length));
    lines.push(textTable([m.header, ...notices.map((n) => [n.number, n.community, n.estate, n.deadline, n.status, n.daysOverdue])]));
  }
  const invalid = invalidRows(files);
  if (invalid > 0) lines.push(m.invalidExcluded(invalid));
  return lines.join('\n');
}

export const overdueCommand: Command = {
  name: 'overdue',
  usageLine: (locale) => inspectionMessages[locale].cli.usageLine,
  options: [{ name: 'date', flags: ['--date'], takesValue: true }],
  async run({ args, locale, output, cwd }) {
    const given = args.options.date;
    let date = localIsoDate(new Date());
    if (typeof given === 'string') {
      const parsed = parseDateText(given);
      if (!parsed.ok || parsed.value === null) {
        output.err(inspectionMessages[locale].cli.badDate(given));
        return EXIT_UNUSABLE;
      }
      date = parsed.value;
    }
    const files: FileRead[] = [];
    for (const file of args.files) files.push(await readLedger(file, cwd, locale));
    const notices = overdueOf(files, date);
    if (args.options.json) {
      const x = exchangeMessages[locale].cli;
      for (const f of files) if (f.error !== null) output.err(`${x.fileHeading(f.file)}\n${x.errorLine(f.error)}`);
      output.out(JSON.stringify({ date, notices }, null, 2));
    } else {
      output.out(overdueText(notices, files, date, locale));
    }
    if (files.some((f) => f.error !== null)) return EXIT_UNUSABLE;
    return invalidRows(files) > 0 ? EXIT_INVALID_ROWS : EXIT_OK;
  },
};
