/**
 * No exported cell is ever a formula (OWASP CSV injection): text that a spreadsheet would run,
 * starting with = + - @ or a tab or carriage return, stays text. In xlsx that is a string cell
 * (never a formula element); in CSV, where there are no cell types, a leading apostrophe, which
 * Excel and WPS hide and our own CSV reader removes.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
// Text that already starts with apostrophes before such a character is guarded again, so that
// reading, which strips exactly one apostrophe, gives it back unchanged.
const ALREADY_GUARDED = /^'+[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

export function guardCsvText(text: string): string {
  return looksLikeFormula(text) || ALREADY_GUARDED.test(text) ? `'${text}` : text;
}
