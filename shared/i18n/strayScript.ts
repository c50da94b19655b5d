import type { Locale } from './locale';

/**
 * One language at a time: what in a text does not belong to the language the UI speaks.
 * English text may hold no Chinese characters and no full-width punctuation (：，（）；、。“”);
 * Chinese text may hold no English words, except the names of products and formats a clerk
 * sees on her own screen (Excel, WPS, CSV …) and key names of shortcuts.
 */

/** CJK ideographs, CJK symbols and punctuation, and the full-width forms block. */
const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*/g;
const PLACEHOLDER = /\{\w+\}/g;

export const ALLOWED_IN_CHINESE: ReadonlySet<string> = new Set([
  'Excel', 'WPS', 'CSV', 'PDF', 'HTML', 'UTF', 'GBK', 'GB18030', 'LibreOffice', 'Word', 'JSON',
  'xlsx', 'xls', 'ods', 'csv', 'pdf', 'MB', 'KB', 'A4',
  'Tab', 'Ctrl', 'Alt', 'Shift', 'Enter', 'Esc',
]);

export function strayScript(text: string, locale: Locale): string[] {
  if (locale === 'en') return text.match(CHINESE) ?? [];
  // A single letter is a column (第 C 列) or a unit, not English; {year} is a placeholder the
  // clerk types into a pattern.
  return (text.replace(PLACEHOLDER, '').match(LATIN_WORD) ?? []).filter((word) => word.length > 1 && !ALLOWED_IN_CHINESE.has(word));
}
