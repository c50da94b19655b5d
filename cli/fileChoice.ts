import type { ExchangeKind } from '../shared/exchange/recordKind';
import type { Reading } from './analyseFile';
import type { Locale } from '../shared/i18n/locale';
import { exchangeMessages } from '../shared/i18n/exchange';
import type { OptionSpec, ParsedArgs } from './args';
import type { Output } from './command';
import { kindOf } from './kindOption';

/**
 * What the user told the command about the files, so each way on that a refusal suggests can
 * be taken: which sheet (`--sheet 小区`), where the header starts (`--header-row 3`), and one
 * community for every row of a sheet that names none (`--community 天乐社区`).
 */
export type FileChoice = Pick<Reading, 'sheet' | 'headerRow' | 'community'> & { readonly kind?: ExchangeKind };

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
  const sheet = text(options.sheet);
  const community = text(options.community);
  const choice: FileChoice = {
    ...(kind ? { kind } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
    ...(headerRow !== undefined ? { headerRow } : {}),
    ...(community !== undefined ? { community } : {}),
  };
  return { ok: true, choice };
}

/** The choice as a `Reading`: `--kind` narrows the kinds looked for. */
export function readingOf(choice: FileChoice): Reading {
  const { kind, ...rest } = choice;
  return { ...(kind ? { kinds: [kind] } : {}), ...rest };
}

/**
 * For `summary` and `merge`, which always read estates and plans: the choice without a kind, or
 * null after saying why the options cannot be used.
 */
export function inventoryChoice(options: ParsedArgs['options'], output: Output, locale: Locale): Reading | null {
  const chosen = fileChoiceOf(options);
  if (!chosen.ok) {
    output.err(exchangeMessages[locale].cli.badHeaderRow(chosen.value));
    return null;
  }
  const { kind: _kind, ...choice } = chosen.choice;
  return choice;
}
