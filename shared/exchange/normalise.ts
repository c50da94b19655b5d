import { parseDate, type DateSystem } from '../common/dates';
import { parseNumber } from '../common/numbers';
import type { CellValue } from './grid';
import type { FieldKind } from './mapping';

/**
 * One cell as the value a record validator expects. The validators already read class
 * spellings, full-width digits, "1,203" and 是 / 否 / √ / ×; what is left here is what only the
 * spreadsheet knows: a number cell's displayed text, the workbook's date system, a column's
 * unit (万㎡), and keeping phone and ID numbers away from floating point.
 */

export type CellProblemCode = 'precisionLost' | 'invalidDate';

export type NormalisedCell =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: CellProblemCode; readonly value: string };

export interface CellContext {
  /** What the sheet shows for a number cell, when that differs from the number. */
  readonly shown: string | undefined;
  readonly dateSystem: DateSystem;
  readonly scale: number;
}

// Excel keeps 15 significant digits; a longer number typed into a General cell (an ID card
// number, a 16-digit account) has already lost its tail when we see it.
const MAX_EXACT_DIGITS = 1e15;
// A displayed number that is not the number: scientific notation, or a column too narrow.
const LOSSY_DISPLAY = /[eE][+-]?\d|#/;

function numberAsText(value: number, shown: string | undefined): string {
  if (shown !== undefined && !LOSSY_DISPLAY.test(shown)) return shown;
  return String(value);
}

function codeFromNumber(value: number, shown: string | undefined): NormalisedCell {
  // A format such as 000000 shows the leading zeros the number itself has lost.
  if (shown !== undefined && /^\d+$/.test(shown) && Number(shown) === value) return { ok: true, value: shown };
  if (Math.abs(value) >= MAX_EXACT_DIGITS) return { ok: false, code: 'precisionLost', value: shown ?? String(value) };
  return { ok: true, value: String(value) };
}

// Plan 5 writes a deliberate zero as "–"; districts write -, —, or the full-width －.
const DASH_ZERO = /^\s*[-‐‑–—－]\s*$/;

function scaled(raw: CellValue, scale: number): unknown {
  if (scale === 1) return raw;
  const parsed = parseNumber(raw);
  if (!parsed.ok || parsed.value === null) return raw;
  // Rounded to whole square metres' millionths so 1.2 万㎡ is 12000, not 12000.000000000002.
  return Math.round(parsed.value * scale * 1e6) / 1e6;
}

export function normaliseCell(raw: CellValue, kind: FieldKind, context: CellContext): NormalisedCell {
  if (raw === null) return { ok: true, value: null };
  switch (kind) {
    case 'text':
      if (typeof raw === 'number') return { ok: true, value: numberAsText(raw, context.shown) };
      return { ok: true, value: typeof raw === 'boolean' ? String(raw).toUpperCase() : raw };
    case 'code':
      if (typeof raw === 'number') return codeFromNumber(raw, context.shown);
      return { ok: true, value: typeof raw === 'boolean' ? String(raw).toUpperCase() : raw };
    case 'count':
      if (typeof raw === 'string' && DASH_ZERO.test(raw)) return { ok: true, value: 0 };
      return { ok: true, value: typeof raw === 'boolean' ? String(raw).toUpperCase() : scaled(raw, context.scale) };
    case 'measure':
      return { ok: true, value: typeof raw === 'boolean' ? String(raw).toUpperCase() : scaled(raw, context.scale) };
    case 'raw':
      return { ok: true, value: raw };
    case 'date': {
      const parsed = parseDate(raw, context.dateSystem);
      return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, code: 'invalidDate', value: context.shown ?? String(raw) };
    }
  }
}
