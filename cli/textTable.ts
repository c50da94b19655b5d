import { displayWidth } from '../shared/exchange/export/cells';

/** Columns aligned for a terminal, CJK characters counting double; numbers right-aligned. */
export function textTable(rows: readonly (readonly (string | number | null)[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, displayWidth(cell === null ? '' : String(cell)))));
  return rows
    .map((row) =>
      row
        .map((cell, c) => {
          const text = cell === null ? '' : String(cell);
          const pad = ' '.repeat((widths[c] ?? 0) - displayWidth(text));
          return typeof cell === 'number' ? pad + text : text + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
