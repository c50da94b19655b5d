/**
 * One sheet as the rest of the pipeline sees it, whatever file it came from: rows of plain
 * values (text, number, boolean or blank) with merged ranges already filled, bounded in size.
 * Rows and columns are 0-based here; people see `row + 1` and a column letter.
 */
export type CellValue = string | number | boolean | null;

export interface CellRange {
  readonly s: { readonly r: number; readonly c: number };
  readonly e: { readonly r: number; readonly c: number };
}

export interface Grid {
  readonly name: string;
  /** Each row as long as its last non-blank cell; rows past the last non-blank row are absent. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Columns up to the last non-blank cell of any row. */
  readonly width: number;
  /**
   * What the spreadsheet shows for a number cell when that differs from the number itself (a
   * date format, zero-padding such as 000123), keyed by `shownKey(row, column)`.
   */
  readonly shown: ReadonlyMap<number, string>;
  /** Merged ranges inside the grid (already filled into `rows`). */
  readonly merges: readonly CellRange[];
  /** Set when the sheet had more rows or columns than the limits let us read. */
  readonly cutOff: { readonly rows: boolean; readonly columns: boolean };
  readonly hidden: boolean;
}

const KEY_STRIDE = 1 << 14;

export function shownKey(row: number, column: number): number {
  return row * KEY_STRIDE + column;
}

export function cellAt(grid: Pick<Grid, 'rows'>, row: number, column: number): CellValue {
  return grid.rows[row]?.[column] ?? null;
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** A, B, … Z, AA, AB … as Excel names column `index` (0-based). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Drops trailing blank rows and cells, and measures the width. */
export function trimRows(rows: CellValue[][]): { rows: CellValue[][]; width: number } {
  let last = rows.length - 1;
  let width = 0;
  for (let r = rows.length - 1; r >= 0; r--) {
    const row = rows[r] ?? [];
    let end = row.length;
    while (end > 0 && isBlank(row[end - 1] ?? null)) end--;
    if (end < row.length) row.length = end;
    if (end === 0 && r === last) last--;
    if (end > width) width = end;
  }
  rows.length = last + 1;
  return { rows, width };
}
