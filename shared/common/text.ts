/**
 * Text as clerks type it: IME full-width digits and letters, ideographic spaces, stray blanks.
 * Everything that compares or parses user text goes through here so "万科１期 " and "万科1期"
 * are one estate.
 */

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) {
      out += String.fromCodePoint(code - FULL_TO_HALF_OFFSET);
    } else if (code === IDEOGRAPHIC_SPACE) {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}

/** Trimmed, half-width, inner runs of blanks collapsed: what we store for names. */
export function cleanText(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, ' ').trim();
}

/**
 * The comparison key for a name: clean text, case-folded, with all blanks removed, because
 * "万科 A区" and "万科a区" typed on two days are the same place to a clerk.
 */
export function nameKey(text: string): string {
  return cleanText(text).replace(/\s+/g, '').toLowerCase();
}
