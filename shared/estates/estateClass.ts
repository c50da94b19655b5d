/**
 * 一类 / 二类 / 三类 小区 (domain brief). Stored as 1, 2, 3, with 0 for "not yet classified":
 * IndexedDB cannot index null, and the unclassified estates are exactly the ones a clerk
 * needs to find.
 */
export const ESTATE_CLASSES = [1, 2, 3] as const;
export type EstateClass = (typeof ESTATE_CLASSES)[number];
export const UNCLASSIFIED = 0;
export type EstateClassCode = EstateClass | typeof UNCLASSIFIED;
export const ESTATE_CLASS_CODES: readonly EstateClassCode[] = [1, 2, 3, 0];

export type ParsedEstateClass =
  | { readonly ok: true; readonly value: EstateClassCode }
  | { readonly ok: false };

const CORE_TO_CLASS: Readonly<Record<string, EstateClass>> = {
  // Matching data, not UI words: what clerks and offices write, read in every locale (issue 8).
  '1': 1, '一': 1, I: 1,
  '2': 2, '二': 2, II: 2,
  '3': 3, '三': 3, III: 3,
};

const UNCLASSIFIED_SPELLINGS = new Set(['', '未分类', '待分类', '未定', '无']);

/**
 * Every spelling the district's sheets use: 一类, 一类小区, 1, 1类, Ⅰ, I, i, 类别一, 第一类,
 * full-width １ … Blank (or 未分类) is unclassified; anything else is refused, never guessed.
 */
export function parseEstateClass(raw: unknown): ParsedEstateClass {
  if (raw === null || raw === undefined) return { ok: true, value: UNCLASSIFIED };
  if (typeof raw === 'number') {
    return raw === 1 || raw === 2 || raw === 3 ? { ok: true, value: raw } : { ok: false };
  }
  if (typeof raw !== 'string') return { ok: false };
  // NFKC folds full-width digits and the Roman numeral code points (Ⅰ Ⅱ Ⅲ ⅰ) to ASCII.
  const text = raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (UNCLASSIFIED_SPELLINGS.has(text)) return { ok: true, value: UNCLASSIFIED };
  const core = text
    .replace(/^(小区)?(类别|分类|类型)[:：]?/, '')
    .replace(/^第/, '')
    .replace(/(类)?(小区)?$/, '')
    .replace(/\.0+$/, '');
  const value = CORE_TO_CLASS[core];
  return value === undefined ? { ok: false } : { ok: true, value };
}
