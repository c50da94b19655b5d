import type { CellObject, WorkSheet } from 'xlsx';
import { fillMerges } from './mergeFill';
import type { CellRange, CellValue, Grid } from './grid';
import { shownKey, trimRows } from './grid';
import { rowsToRead, type ExchangeLimits } from './limits';

/**
 * A SheetJS sheet (read with `dense: true`) as a `Grid`. The sheet's declared `!ref` is never
 * trusted: a file may claim A1:XFD1048576 while holding ten cells, so the used range is
 * measured from the cells that exist, within the limits.
 */

function valueOf(cell: CellObject): CellValue {
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? cell.v : null;
    case 'n':
      return typeof cell.v === 'number' && Number.isFinite(cell.v) ? cell.v : null;
    case 'b':
      return typeof cell.v === 'boolean' ? cell.v : null;
    case 'e':
      // #N/A, #DIV/0! …: shown as the spreadsheet shows them, and refused by any number field.
      return cell.w ?? '#ERROR';
    case 'd':
      return cell.v instanceof Date && !Number.isNaN(cell.v.getTime()) ? cell.v.toISOString().slice(0, 10) : null;
    default:
      return null;
  }
}

export function gridFromSheet(
  name: string,
  sheet: WorkSheet,
  limits: ExchangeLimits,
  options: { hidden?: boolean; maxRows?: number } = {},
): Grid {
  const data: readonly (readonly (CellObject | undefined)[] | undefined)[] = sheet['!data'] ?? [];
  const maxRows = Math.min(options.maxRows ?? rowsToRead(limits), rowsToRead(limits));
  const height = Math.min(data.length, maxRows);
  const rows: CellValue[][] = new Array<CellValue[]>(height);
  const shown = new Map<number, string>();
  let columnsCut = false;
  for (let r = 0; r < height; r++) {
    const source = data[r];
    const row: CellValue[] = [];
    if (source) {
      const width = Math.min(source.length, limits.maxColumns);
      if (source.length > limits.maxColumns) columnsCut ||= source.slice(limits.maxColumns).some((c) => c && valueOf(c) !== null);
      for (let c = 0; c < width; c++) {
        const cell = source[c];
        const value = cell ? valueOf(cell) : null;
        row.push(value);
        if (typeof value === 'number' && cell?.w !== undefined && cell.w !== String(value)) shown.set(shownKey(r, c), cell.w);
      }
    }
    rows[r] = row;
  }
  // Only a full read reports cut-off rows (the reader asks SheetJS for one row past the limit).
  const rowsCut = options.maxRows === undefined && data.slice(maxRows).some((row) => row?.some((c) => c && valueOf(c) !== null));
  const merges = fillMerges(rows, shown, (sheet['!merges'] ?? []) as readonly CellRange[], limits);
  const trimmed = trimRows(rows);
  return {
    name,
    rows: trimmed.rows,
    width: trimmed.width,
    shown,
    merges: merges.filter((m) => m.s.r < trimmed.rows.length),
    cutOff: { rows: rowsCut, columns: columnsCut },
    hidden: options.hidden ?? false,
  };
}
