import path from 'node:path';
import { isExchangeError } from '../shared/exchange/errors';
import { formatExchangeError } from '../shared/exchange/format';
import { communitiesMapping, type CommunityRow, type EstateRow, estatesMapping } from '../shared/estates';
import { analyseParsedInventory, analyseParsedWorkbook, type WorkbookAnalysis } from '../shared/exchange/pipeline';
import { readWorkbook } from '../shared/exchange/read';
import { exchangeMessages } from '../shared/i18n/exchange';
import type { Locale } from '../shared/i18n/locale';
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
  readonly sections: readonly Section[];
}

async function sectionsOf(bytes: Uint8Array, file: string, kind: RecordKind | undefined): Promise<Section[]> {
  const workbook = await readWorkbook(bytes, path.basename(file));
  if (kind === 'estates') return [{ kind, analysis: analyseParsedWorkbook(workbook, estatesMapping) }];
  if (kind === 'communities') return [{ kind, analysis: analyseParsedWorkbook(workbook, communitiesMapping) }];
  const inventory = analyseParsedInventory(workbook, { existingCommunities: 'any' });
  const sections: Section[] = [];
  if (inventory.estates) sections.push({ kind: 'estates', analysis: inventory.estates });
  if (inventory.communities) sections.push({ kind: 'communities', analysis: inventory.communities });
  return sections;
}

export async function analyseFile(file: string, cwd: string, kind: RecordKind | undefined, locale: Locale): Promise<FileAnalysis> {
  const m = exchangeMessages[locale].cli;
  const input = await readInputFile(file, cwd);
  if (!input.ok) {
    const error = input.reason === 'exchange' ? formatExchangeError(input.error, locale) : m[input.reason];
    return { file, error, sections: [] };
  }
  try {
    return { file, error: null, sections: await sectionsOf(input.bytes, file, kind) };
  } catch (error) {
    if (isExchangeError(error)) return { file, error: formatExchangeError(error, locale), sections: [] };
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
