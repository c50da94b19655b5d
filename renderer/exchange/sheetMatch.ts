import type { TermRules } from '../../shared/committees';
import { EXCHANGE_KINDS, mappingOf } from '../../shared/exchange/kinds';
import type { RecordMapping } from '../../shared/exchange/mapping';
import { rankSheets } from '../../shared/exchange/pipeline';
import type { Workbook } from '../../shared/exchange/read';
import type { ExchangeKind } from '../../shared/exchange/recordKind';

/**
 * How sure the import is that a sheet holds the kind it was given to. Below the threshold the
 * preview warns and names the kinds the sheet looks more like, so a rectification ledger never
 * passes silently as an estate list (it matches estates at about 31 %, notices at 86 %).
 */

export const CONFIDENT_MATCH = 0.5;

/** Every kind a sheet may be: the ones this page imports, and ledgers it recognises only to say so (notices). */
export type SheetKind = ExchangeKind;

export interface SheetAlternative {
  readonly kind: SheetKind;
  readonly score: number;
}

export interface SheetMatch {
  /** The header match score of the chosen sheet for its kind, 0–1, as the analysis ranked it. */
  readonly score: number;
  readonly confident: boolean;
  /** When not confident: the other kinds that fit the sheet better, best first. */
  readonly alternatives: readonly SheetAlternative[];
}

export function sheetMatch(workbook: Workbook, kind: ExchangeKind, sheet: number, score: number, rules: TermRules): SheetMatch {
  if (score >= CONFIDENT_MATCH) return { score, confident: true, alternatives: [] };
  const alternatives = EXCHANGE_KINDS.filter((other) => other !== kind)
    .map((other) => ({ kind: other, score: rankSheets(workbook, mappingOf(other, { rules }) as RecordMapping<unknown>)[sheet]?.score ?? 0 }))
    .filter((alternative) => alternative.score > score)
    .sort((a, b) => b.score - a.score);
  return { score, confident: false, alternatives };
}
