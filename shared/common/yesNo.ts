import { cleanText } from './text';

// Matching data, not UI words: what clerks and offices write, read in every locale (issue 8).
const YES = new Set(['是', '√', '✓', '✔', 'y', 'yes', 'true', '1', '试点', '有']);
const NO = new Set(['否', '×', '✗', '✘', 'x', 'n', 'no', 'false', '0', '', '非试点', '无']);

export type ParsedYesNo = { readonly ok: true; readonly value: boolean } | { readonly ok: false };

/** 是 / 否 / √ / × as spreadsheets write flags; blank is "no". */
export function parseYesNo(raw: unknown): ParsedYesNo {
  if (raw === null || raw === undefined) return { ok: true, value: false };
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (typeof raw === 'number') {
    return raw === 1 || raw === 0 ? { ok: true, value: raw === 1 } : { ok: false };
  }
  if (typeof raw !== 'string') return { ok: false };
  const text = cleanText(raw).toLowerCase();
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false };
}
