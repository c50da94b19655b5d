import type { CellRange, CellValue } from './grid';
import { shownKey } from './grid';

/**
 * Fills each merged range with its top-left value, the way a reader sees it: a "其中" spanning
 * 一类 / 二类 / 三类 belongs to all three columns, and a community name merged down over its
 * estates belongs to each of them. Ranges are clamped to the sheet, and both each range and
 * all of them together have a budget, so a forged "A1:XFD1048576" merge costs nothing.
 */
export function fillMerges(
  rows: CellValue[][],
  shown: Map<number, string>,
  merges: readonly CellRange[],
  limits: { maxMergeCells: number; maxMergeFill: number },
): CellRange[] {
  const height = rows.length;
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  const kept: CellRange[] = [];
  let budget = limits.maxMergeFill;
  for (const m of merges) {
    const top = Math.max(0, m.s.r);
    const left = Math.max(0, m.s.c);
    const bottom = Math.min(height - 1, m.e.r);
    const right = Math.min(width - 1, m.e.c);
    if (bottom < top || right < left) continue;
    const area = (bottom - top + 1) * (right - left + 1);
    if (area > limits.maxMergeCells || area > budget) continue;
    budget -= area;
    kept.push({ s: { r: top, c: left }, e: { r: bottom, c: right } });
    const value = rows[top]?.[left] ?? null;
    if (value === null) continue;
    const text = shown.get(shownKey(top, left));
    for (let r = top; r <= bottom; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = left; c <= right; c++) {
        if ((row[c] ?? null) !== null) continue;
        row[c] = value;
        if (text !== undefined) shown.set(shownKey(r, c), text);
      }
    }
  }
  // Filling may have created holes (never-set slots) before the filled cells; make them null.
  for (const row of rows) for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  return kept;
}
