import path from 'node:path';
import { isExchangeError, type ExchangeError } from '../shared/exchange/errors';
import { analyseExchange, NO_ANALYSIS, type ExchangeAnalysis, type KindOptions } from '../shared/exchange/exchangeAnalysis';
import { formatExchangeError } from '../shared/exchange/format';
import { EXCHANGE_KINDS, recordKind } from '../shared/exchange/kinds';
import type { WorkbookAnalysis } from '../shared/exchange/pipeline';
import { readWorkbook } from '../shared/exchange/read';
import type { ExchangeKind } from '../shared/exchange/recordKind';
import { exchangeMessages } from '../shared/i18n/exchange';
import type { Locale } from '../shared/i18n/locale';
import { DEFAULT_SETTINGS } from '../shared/settings/settings';
import { EXIT_INVALID_ROWS, EXIT_OK, EXIT_UNUSABLE } from './command';
import { readInputFile } from './inputFile';

/**
 * One file through the one analysis the app's import uses, as the command sees it: the sections
 * it holds (an estates sheet, a communities sheet with plans, committee terms and members,
 * inspections, a rectification ledger) or one sentence on why it cannot be used. The command has
 * no database, so every name a row gives is taken as given, and no settings: the term length is
 * the default.
 */

export interface FileAnalysis {
  /** As named on the command line. */
  readonly file: string;
  readonly error: string | null;
  /** For a refusal: the options of this command that go on from it (--community, --sheet, --header-row). */
  readonly hint?: string;
  /** Each kind's sheet, null where the file has none (every one, when the file cannot be used). */
  readonly kinds: ExchangeAnalysis;
}

/** One kind's sheet of a file, for what every kind prints alike. */
export interface Section {
  readonly kind: ExchangeKind;
  readonly analysis: WorkbookAnalysis<unknown>;
}

/** What to look for in a file: the kinds, and whether one sheet may be read as two of them. */
export interface Reading {
  readonly kinds?: readonly ExchangeKind[];
  /** See `ExchangeAnalyseOptions.sheets`. */
  readonly sheets?: 'exclusive' | 'shared';
  /** See `ExchangeAnalyseOptions.refusalKind`. */
  readonly refusalKind?: ExchangeKind;
  /** `--sheet NAME`: read this sheet only, as the kind it fits. */
  readonly sheet?: string;
  /** `--header-row N` (1-based, as Excel numbers rows): the header starts there. */
  readonly headerRow?: number;
  /** `--community NAME`: every row of a list without a community column belongs to it. */
  readonly community?: string;
  /** See `ExchangeAnalyseOptions.readOnly`: the command reports on the rows and writes nothing of them. */
  readonly readOnly?: boolean;
}

export const CLI_RULES = { defaultTermYears: DEFAULT_SETTINGS.committeeTermYears, termExpiryWarningMonths: DEFAULT_SETTINGS.termExpiryWarningMonths };

/**
 * Sections in the order the output lists them: an estate list first, as `check` has always shown
 * it, then every other kind of the registry in its reading order, so a kind registered later is
 * listed without touching the command.
 */
const SECTION_ORDER: readonly ExchangeKind[] = ['estates', ...EXCHANGE_KINDS.filter((kind) => kind !== 'estates')];

const NOTHING: ExchangeAnalysis = NO_ANALYSIS;

/** A file that cannot be used, and the one sentence saying why (and, where there is one, the way on). */
export function unusable(file: string, error: string, hint?: string): FileAnalysis {
  return { file, error, ...(hint ? { hint } : {}), kinds: NOTHING };
}

/** The way on from a refusal, in this command's own options: each suggestion can be followed. */
function hintFor(error: ExchangeError, locale: Locale): string | undefined {
  const h = exchangeMessages[locale].cli.hints;
  const failure = error.failure;
  switch (failure.code) {
    case 'partialHeader':
    case 'missingColumns':
      return failure.params.missingFields.includes('community') ? h.community(failure.params.sheet ?? '') : h.headerRow;
    case 'noHeader':
      return h.headerRow;
    default:
      return undefined;
  }
}

/** What the user said for a kind: the sheet, the header row, one community for every row. */
function choiceFor(kind: ExchangeKind, reading: Reading): KindOptions {
  // --header-row without --sheet is about the first sheet, where a lone table sits.
  const sheet = reading.sheet ?? (reading.headerRow !== undefined ? 0 : undefined);
  const takesCommunity = recordKind(kind).mapping({ rules: CLI_RULES }).sheetNameField?.field === 'community';
  return {
    ...(sheet !== undefined ? { sheet } : {}),
    ...(reading.headerRow !== undefined ? { headerRow: reading.headerRow } : {}),
    ...(reading.community !== undefined && takesCommunity ? { fixed: { community: reading.community } } : {}),
  };
}

/** The sheets a file holds, in output order. */
export function sectionsOf(file: FileAnalysis): Section[] {
  return SECTION_ORDER.flatMap((kind) => {
    const analysis = file.kinds[kind];
    return analysis ? [{ kind, analysis }] : [];
  });
}

async function analyseBytes(bytes: Uint8Array, file: string, reading: Reading): Promise<ExchangeAnalysis> {
  const workbook = await readWorkbook(bytes, path.basename(file));
  const kinds = reading.kinds ?? EXCHANGE_KINDS;
  const base = { rules: CLI_RULES, sheets: reading.sheets, refusalKind: reading.refusalKind, readOnly: reading.readOnly };
  const choices = Object.fromEntries(kinds.map((kind) => [kind, choiceFor(kind, reading)]));
  if (reading.sheet === undefined && reading.headerRow === undefined) return analyseExchange(workbook, { ...base, kinds, choices });
  // One sheet the user named is read as the first kind it fits, an estate list before the rest.
  let refusal: unknown;
  for (const kind of SECTION_ORDER.filter((k) => kinds.includes(k))) {
    try {
      return analyseExchange(workbook, { ...base, kinds: [kind], choices: { [kind]: choices[kind] } });
    } catch (error) {
      if (!isExchangeError(error) || !['noHeader', 'partialHeader', 'missingColumns', 'noDataRows'].includes(error.code)) throw error;
      refusal ??= error;
    }
  }
  throw refusal;
}

export async function analyseFile(file: string, cwd: string, reading: Reading, locale: Locale): Promise<FileAnalysis> {
  const m = exchangeMessages[locale].cli;
  const input = await readInputFile(file, cwd);
  if (!input.ok) {
    const error = input.reason === 'exchange' ? formatExchangeError(input.error, locale) : m[input.reason];
    return unusable(file, error);
  }
  try {
    return { file, error: null, kinds: await analyseBytes(input.bytes, file, reading) };
  } catch (error) {
    if (isExchangeError(error)) return unusable(file, formatExchangeError(error, locale), hintFor(error, locale));
    // A bug, not the file's fault; still one line for the user, the trace only when asked for.
    if (process.env.STREET_LEDGER_DEBUG) console.error(error);
    return unusable(file, m.internalError);
  }
}

/** Exit code over all files: 2 if any is unusable, else 1 if any row is invalid, else 0. */
export function exitCodeOf(files: readonly FileAnalysis[]): number {
  if (files.some((f) => f.error !== null)) return EXIT_UNUSABLE;
  return invalidRowsOf(files) > 0 ? EXIT_INVALID_ROWS : EXIT_OK;
}

/** Invalid rows over all files, for "另有 N 行无效" lines. */
export function invalidRowsOf(files: readonly FileAnalysis[]): number {
  return files.reduce((n, f) => n + sectionsOf(f).reduce((k, s) => k + s.analysis.counts.invalid, 0), 0);
}

/** `files: [{file, error}]`, as every command's JSON carries it. */
export function fileErrors(files: readonly FileAnalysis[]) {
  return files.map((f) => ({ file: f.file, error: f.error }));
}
