import type { CellValue, Grid } from './grid';
import { trimRows } from './grid';

// What our own CSV export put before text that a spreadsheet would take for a formula
// (OWASP CSV injection); reading it back removes the guard so a round trip is exact.
const GUARDED = /^'+[=+\-@\t\r]/;

export function gridFromCsvRows(name: string, csvRows: string[][], cutOff: Grid['cutOff']): Grid {
  const rows: CellValue[][] = csvRows.map((row) =>
    row.map((text) => {
      if (text === '') return null;
      return GUARDED.test(text) ? text.slice(1) : text;
    }),
  );
  const trimmed = trimRows(rows);
  return { name, rows: trimmed.rows, width: trimmed.width, shown: new Map(), merges: [], cutOff, hidden: false };
}
