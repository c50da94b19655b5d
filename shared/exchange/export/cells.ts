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

/** Display width in Excel's character units: a CJK character takes two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

export function cellText(cell: OutCell): string {
  if (!cell || cell.v === undefined) return '';
  return String(cell.v);
}
