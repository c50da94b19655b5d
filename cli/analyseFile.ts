import path from 'node:path';
import { isExchangeError, type ExchangeError } from '../shared/exchange/errors';
import { formatExchangeError } from '../shared/exchange/format';
import { communitiesMapping, type CommunityRow, type EstateRow, estatesMapping } from '../shared/estates';
import { analyseParsedInventory, analyseParsedWorkbook, type AnalyseOptions, type WorkbookAnalysis } from '../shared/exchange/pipeline';
import { readWorkbook } from '../shared/exchange/read';
import { exchangeMessages } from '../shared/i18n/exchange';
import type { Locale } from '../shared/i18n/locale';
import type { FileChoice } from './fileChoice';
import { readInputFile } from './inputFile';

/**
 * One file through the shared pipeline, as the command sees it: the sections it holds (a
 * communities sheet with plans, an estates sheet, or both) or one sentence on why it cannot
 * be used. The command has no database, so every community name is taken as given.
 */

export type RecordKind = 'estates' | 'communities';

export type Section =
  | { readonly kind: 'estates'; readonly analysis: WorkbookAnalysis<EstateRow> }
  | { readonly kind: 'communities'; readonly analysis: WorkbookAnalysis<CommunityRow> };

export interface FileAnalysis {
  /** As named on the command line. */
  readonly file: string;
  readonly error: string | null;
  /** For a refusal: the options of this command that go on from it (--community, --sheet, --header-row). */
  readonly hint?: string;
  readonly sections: readonly Section[];
}

/** The way on from a refusal, in this command's own options: each suggestion can be followed. */
function hintFor(error: ExchangeError, locale: Locale): string | undefined {
  const h = exchangeMessages[locale].cli.hints;
  const missing = String(error.params.missingFields ?? '').split(',');
  switch (error.code) {
    case 'partialHeader':
    case 'missingColumns':
      return missing.includes('community') ? h.community(String(error.params.sheet ?? '')) : h.headerRow;
    case 'noHeader':
      return h.headerRow;
    default:
      return undefined;
  }
}

/** The user's --sheet and --header-row for whichever kind reads the sheet; --community for estates. */
function optionsOf(choice: FileChoice, kind: RecordKind): Omit<AnalyseOptions, 'known' | 'limits'> {
  return {
    ...(choice.sheet !== undefined ? { sheet: choice.sheet } : {}),
    ...(choice.headerRow !== undefined ? { headerRow: choice.headerRow } : {}),
    ...(kind === 'estates' && choice.community !== undefined ? { fixed: { community: choice.community } } : {}),
  };
}

async function sectionsOf(bytes: Uint8Array, file: string, choice: FileChoice): Promise<Section[]> {
  const workbook = await readWorkbook(bytes, path.basename(file));
  const kind = choice.kind ?? (choice.community !== undefined ? 'estates' : undefined);
  if (kind === 'estates') return [{ kind, analysis: analyseParsedWorkbook(workbook, estatesMapping, optionsOf(choice, kind)) }];
  if (kind === 'communities') return [{ kind, analysis: analyseParsedWorkbook(workbook, communitiesMapping, optionsOf(choice, kind)) }];
  if (choice.sheet !== undefined || choice.headerRow !== undefined) {
    // One sheet the user named: an estate list if it reads as one, else a community list.
    try {
      return [{ kind: 'estates', analysis: analyseParsedWorkbook(workbook, estatesMapping, optionsOf(choice, 'estates')) }];
    } catch (error) {
      if (!isExchangeError(error) || (error.code !== 'noHeader' && error.code !== 'partialHeader' && error.code !== 'missingColumns')) throw error;
      return [{ kind: 'communities', analysis: analyseParsedWorkbook(workbook, communitiesMapping, optionsOf(choice, 'communities')) }];
    }
  }
  const inventory = analyseParsedInventory(workbook, { existingCommunities: 'any' });
  const sections: Section[] = [];
  if (inventory.estates) sections.push({ kind: 'estates', analysis: inventory.estates });
  if (inventory.communities) sections.push({ kind: 'communities', analysis: inventory.communities });
  return sections;
}

export async function analyseFile(file: string, cwd: string, choice: FileChoice, locale: Locale): Promise<FileAnalysis> {
  const m = exchangeMessages[locale].cli;
  const input = await readInputFile(file, cwd);
  if (!input.ok) {
    const error = input.reason === 'exchange' ? formatExchangeError(input.error, locale) : m[input.reason];
    return { file, error, sections: [] };
  }
  try {
    return { file, error: null, sections: await sectionsOf(input.bytes, file, choice) };
  } catch (error) {
    if (isExchangeError(error)) {
      const hint = hintFor(error, locale);
      return { file, error: formatExchangeError(error, locale), ...(hint ? { hint } : {}), sections: [] };
    }
    // A bug, not the file's fault; still one line for the user, the trace only when asked for.
    if (process.env.STREET_LEDGER_DEBUG) console.error(error);
    return { file, error: m.internalError, sections: [] };
  }
}

/** Exit code over all files: 2 if any is unusable, else 1 if any row is invalid, else 0. */
export function exitCodeOf(files: readonly FileAnalysis[]): number {
  if (files.some((f) => f.error !== null)) return 2;
  return files.some((f) => f.sections.some((s) => s.analysis.counts.invalid > 0)) ? 1 : 0;
}
