/**
 * The key of a record that several fields identify together (community + estate, estate + 届次 …).
 * The parts are joined by U+0001, a character no clerk types and no cell holds, so "万安 / 花园"
 * and "万安花园 / " never meet. A missing part (null) counts as empty, as in a blank cell.
 */
const SEPARATOR = '\u0001';

export function compositeKey(...parts: readonly (string | number | null)[]): string {
  return parts.map((part) => (part === null ? '' : String(part))).join(SEPARATOR);
}
