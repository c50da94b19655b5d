import type { OptionSpec, ParsedArgs } from './args';
import type { RecordKind } from './analyseFile';
import { kindOf } from './kindOption';

/**
 * What the user told the command about the files, so each way on that a refusal suggests can
 * be taken: which sheet (`--sheet 小区`), where the header starts (`--header-row 3`), and one
 * community for every row of a sheet that names none (`--community 天乐社区`).
 */
export interface FileChoice {
  readonly kind?: RecordKind;
  readonly sheet?: string;
  /** 1-based, as Excel numbers rows. */
  readonly headerRow?: number;
  readonly community?: string;
}

export const SHEET_OPTION: OptionSpec = { name: 'sheet', flags: ['--sheet'], takesValue: true };
export const HEADER_ROW_OPTION: OptionSpec = { name: 'headerRow', flags: ['--header-row'], takesValue: true };
export const COMMUNITY_OPTION: OptionSpec = { name: 'community', flags: ['--community'], takesValue: true };
export const FILE_CHOICE_OPTIONS: readonly OptionSpec[] = [SHEET_OPTION, HEADER_ROW_OPTION, COMMUNITY_OPTION];

export type FileChoiceResult =
  | { readonly ok: true; readonly choice: FileChoice }
  | { readonly ok: false; readonly error: 'badKind' | 'badHeaderRow'; readonly value: string };

export function fileChoiceOf(options: ParsedArgs['options']): FileChoiceResult {
  const kind = kindOf(options);
  if (kind === null) return { ok: false, error: 'badKind', value: String(options.kind) };
  const text = (value: string | true | undefined): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const headerText = text(options.headerRow);
  let headerRow: number | undefined;
  if (headerText !== undefined) {
    headerRow = Number(headerText.normalize('NFKC'));
    if (!Number.isInteger(headerRow) || headerRow < 1) return { ok: false, error: 'badHeaderRow', value: headerText };
  }
  const choice: FileChoice = {
    ...(kind ? { kind } : {}),
    ...(text(options.sheet) ? { sheet: text(options.sheet) } : {}),
    ...(headerRow ? { headerRow } : {}),
    ...(text(options.community) ? { community: text(options.community) } : {}),
  };
  return { ok: true, choice };
}
