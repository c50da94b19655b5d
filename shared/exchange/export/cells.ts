import type { CellObject } from 'xlsx';

/**
 * Cells as exports write them. Text is always a string cell (`t: 's'`), never a formula, and
 * codes (phone numbers) also carry the text format `@` so a person typing into the column in
 * Excel keeps the leading zeros too.
 */
export type OutCell = CellObject | null;

export function textCell(value: string): OutCell {
  return value === '' ? null : { t: 's', v: value };
}

export function codeCell(value: string): OutCell {
  return value === '' ? null : { t: 's', v: value, z: '@' };
}

export function numberCell(value: number | null): OutCell {
  return value === null || !Number.isFinite(value) ? null : { t: 'n', v: value };
}

/** A plain value in the cell type it already has. */
export function valueCell(value: string | number | boolean | null): OutCell {
  if (value === null) return null;
  if (typeof value === 'number') return numberCell(value);
  if (typeof value === 'boolean') return { t: 'b', v: value };
  return textCell(value);
}

/** Display width in Excel's character units: a CJK or full-width character takes two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Low surrogates were counted with their high half.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const wide =
      (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) || (code >= 0xd800 && code <= 0xdbff);
    width += wide ? 2 : 1;
  }
  return width;
}

export function cellText(cell: OutCell): string {
  if (!cell || cell.v === undefined) return '';
  return String(cell.v);
}
