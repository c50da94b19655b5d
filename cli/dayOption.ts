import { parseDateText } from '../shared/common/dates';
import { exchangeMessages } from '../shared/i18n/exchange';
import type { Locale } from '../shared/i18n/locale';
import type { FileAnalysis } from './analyseFile';
import type { Output } from './command';

/**
 * The day a report is as of (`--date`, read like a cell: 2024-03-15, 2024年3月15日 …): `today`
 * when not given; null when unreadable, after saying so in the command's own words.
 */
export function reportDay(given: unknown, today: string, output: Output, badDate: (given: string) => string): string | null {
  if (typeof given !== 'string') return today;
  const parsed = parseDateText(given);
  if (parsed.ok && parsed.value !== null) return parsed.value;
  output.err(badDate(given));
  return null;
}

/** With --json the report owns standard output: the files that could not be read go to standard error. */
export function printFileErrors(files: readonly FileAnalysis[], locale: Locale, output: Output): void {
  const x = exchangeMessages[locale].cli;
  for (const f of files) if (f.error !== null) output.err(`${x.fileHeading(f.file)}\n${x.errorLine(f.error)}`);
}
