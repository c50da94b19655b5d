import { compositeKey } from '../../shared/common/compositeKey';
import { nameKey } from '../../shared/common/text';
import { daysOverdue, inspectionMessages, isOverdue, localIsoDate } from '../../shared/inspections';
import { exchangeMessages } from '../../shared/i18n/exchange';
import type { Locale } from '../../shared/i18n/locale';
import { exitCodeOf, fileErrors, invalidRowsOf, type FileAnalysis, type Reading } from '../analyseFile';
import { EXIT_UNUSABLE, type Command } from '../command';
import { printFileErrors, reportDay } from '../dayOption';
import { analyseFiles } from '../isolation';
import { textTable } from '../textTable';

/**
 * `street-ledger overdue FILE... [--date YYYY-MM-DD] [--json]`: reads workbooks holding a
 * rectification ledger (our own export, or a district list with columns such as 通知书编号,
 * 社区, 小区名称, 下发日期, 整改期限, 整改情况 / 状态, 复查日期, 复查结果, found through the same
 * header search and synonyms as every import) and lists the notices overdue on that day
 * (default today) by the app's own rule: past the deadline in force and not closed. A notice
 * named in several files counts once (the first file's row). Exit codes as for `check`.
 */

const READING: Reading = { kinds: ['notices'], readOnly: true };

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
export function overdueOf(files: readonly FileAnalysis[], date: string): OverdueNotice[] {
  const labels = inspectionMessages['zh-CN'].status;
  const seen = new Set<string>();
  const out: OverdueNotice[] = [];
  for (const file of files) {
    for (const { value } of file.kinds.notices?.rows.valid ?? []) {
      const key = compositeKey(nameKey(value.community), nameKey(value.estate), nameKey(value.number));
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

function overdueText(notices: readonly OverdueNotice[], files: readonly FileAnalysis[], date: string, locale: Locale): string {
  const m = inspectionMessages[locale].cli;
  const x = exchangeMessages[locale].cli;
  const lines: string[] = [];
  for (const f of files) if (f.error !== null) lines.push(x.fileHeading(f.file), x.errorLine(f.error));
  if (notices.length === 0) lines.push(m.none(date));
  else {
    lines.push(m.heading(date, notices.length));
    lines.push(textTable([m.header, ...notices.map((n) => [n.number, n.community, n.estate, n.deadline, n.status, n.daysOverdue])]));
  }
  const invalid = invalidRowsOf(files);
  if (invalid > 0) lines.push(m.invalidExcluded(invalid));
  return lines.join('\n');
}

export const overdueCommand: Command = {
  name: 'overdue',
  usageLine: (locale) => inspectionMessages[locale].cli.usageLine,
  options: [{ name: 'date', flags: ['--date'], takesValue: true }],
  async run({ args, locale, output, cwd }) {
    const date = reportDay(args.options.date, localIsoDate(new Date()), output, inspectionMessages[locale].cli.badDate);
    if (date === null) return EXIT_UNUSABLE;
    const files = await analyseFiles(args.files, cwd, READING, locale);
    const notices = overdueOf(files, date);
    if (args.options.json) {
      printFileErrors(files, locale, output);
      output.out(JSON.stringify({ date, notices, files: fileErrors(files) }, null, 2));
    } else {
      output.out(overdueText(notices, files, date, locale));
    }
    return exitCodeOf(files);
  },
};
