import type { Problem } from './problem';
import { cleanText } from './text';

export type ParsedNumber =
  | { readonly ok: true; readonly value: number | null }
  | { readonly ok: false; readonly reason: 'notANumber' | 'negative' | 'notWhole' }
  | { readonly ok: false; readonly reason: 'tooLarge'; readonly max: number };

/**
 * The largest count the ledger takes (buildings, households, estates of a plan). Far above any
 * estate or street, and far below 2^53, so every count it keeps is exactly what was typed: a
 * mistyped 99999999999999999999 is refused instead of stored as 100000000000000000000.
 */
export const COUNT_MAX = 9_999_999;

/** A number that was refused, as the problem a form or an import row shows. */
export function numberProblem(field: string, failure: Extract<ParsedNumber, { ok: false }>): Problem {
  return failure.reason === 'tooLarge' ? { field, code: 'tooLarge', params: { max: failure.max } } : { field, code: failure.reason };
}

/**
 * Reads a number the way spreadsheets and IMEs write it: "1,203", "１２０３", " 12 ", 12.
 * Blank is `null` (unknown), which is not the same as 0.
 */
export function parseNumber(raw: unknown): ParsedNumber {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, reason: 'notANumber' };
  }
  if (typeof raw !== 'string') return { ok: false, reason: 'notANumber' };
  const text = cleanText(raw).replace(/[,，]/g, '').replace(/\s/g, '');
  if (text === '') return { ok: true, value: null };
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, reason: 'notANumber' };
  return { ok: true, value: Number(text) };
}

/** A count of buildings, households or estates: a non-negative whole number, or blank. */
export function parseCount(raw: unknown): ParsedNumber {
  const parsed = parseNumber(raw);
  if (!parsed.ok || parsed.value === null) return parsed;
  if (parsed.value < 0) return { ok: false, reason: 'negative' };
  if (!Number.isInteger(parsed.value)) return { ok: false, reason: 'notWhole' };
  if (parsed.value > COUNT_MAX) return { ok: false, reason: 'tooLarge', max: COUNT_MAX };
  return parsed;
}

/** A measure such as floor area: non-negative, fractions allowed, or blank. */
export function parseMeasure(raw: unknown): ParsedNumber {
  const parsed = parseNumber(raw);
  if (!parsed.ok || parsed.value === null) return parsed;
  if (parsed.value < 0) return { ok: false, reason: 'negative' };
  return parsed;
}
