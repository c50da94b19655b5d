import { assignColumns, type FieldMatch, type HeaderVariant } from './columnMatch';
import type { CellValue, Grid } from './grid';
import { cellAt } from './grid';
import { looksLikeDataRow, looksLikeLabelRow } from './cellShape';
import { stableHash } from './hash';
import { foldHeader } from './headerFold';
import type { RecordMapping } from './mapping';

/**
 * Finds the header the way a clerk would: below any title rows ("XX街道物业管理小区基本情况统计表",
 * "填报单位：…"), as the row (or pair of rows) whose cells best name the mapping's fields. A
 * pair is a two-row header: "其中" spanning 一类 / 二类 / 三类 reads as 其中·一类 …, "规划数"
 * over 合计 / 一类 … as 规划数·合计 …; a cell merged down over both rows reads once.
 */

export interface HeaderBand {
  /** 0-based, inclusive. */
  readonly firstRow: number;
  readonly lastRow: number;
}

export interface HeaderMatch {
  readonly band: HeaderBand;
  /** What each column is called, as shown ("其中·一类"); '' for an unnamed column. */
  readonly labels: readonly string[];
  /** Per column, the readings its name may be matched through. */
  readonly variants: readonly (readonly HeaderVariant[])[];
  readonly matches: readonly FieldMatch[];
  /** 0…1: how much of the mapping the header names, required fields counting double. */
  readonly score: number;
  /** It names every required field and at least `minFields` fields. */
  readonly recognised: boolean;
  /** A stable hash of the folded column names: the key for a remembered mapping. */
  readonly signature: string;
}

// A child matched without its parent counts a little less, so "其中·一类" prefers a field named
// 其中一类 and still finds 一类.
const CHILD_ONLY_WEIGHT = 0.9;
const NONE: ReadonlySet<string> = new Set();

function headerText(value: CellValue): string {
  return typeof value === 'string' ? value.trim() : '';
}

interface BandColumn {
  readonly label: string;
  readonly variants: HeaderVariant[];
}

function bandColumns(grid: Grid, band: HeaderBand): BandColumn[] {
  const columns: BandColumn[] = [];
  for (let c = 0; c < grid.width; c++) {
    const top = headerText(cellAt(grid, band.firstRow, c));
    const bottom = band.lastRow > band.firstRow ? headerText(cellAt(grid, band.lastRow, c)) : '';
    if (bottom === '' || bottom === top) {
      columns.push({ label: top, variants: [{ folded: foldHeader(top), weight: 1 }] });
    } else if (top === '') {
      columns.push({ label: bottom, variants: [{ folded: foldHeader(bottom), weight: 1 }] });
    } else {
      columns.push({
        label: `${top}·${bottom}`,
        variants: [
          { folded: foldHeader(top + bottom), weight: 1 },
          { folded: foldHeader(bottom), weight: CHILD_ONLY_WEIGHT },
        ],
      });
    }
  }
  return columns;
}

function signatureOf(columns: readonly BandColumn[]): string {
  const folded = columns.map((c) => c.variants[0]?.folded ?? '');
  while (folded.length > 0 && folded[folded.length - 1] === '') folded.pop();
  return stableHash(folded.join('|'));
}

/**
 * `supplied`: fields given one value for the whole sheet (the community a sheet is named after,
 * or one the user set), which the header need not name.
 */
export function evaluateBand(grid: Grid, mapping: RecordMapping<unknown>, band: HeaderBand, supplied: ReadonlySet<string> = NONE): HeaderMatch {
  const columns = bandColumns(grid, band);
  const matches = assignColumns(mapping, columns.map((c) => c.variants));
  const byField = new Map(matches.map((m) => [m.field, m]));
  let score = 0;
  let max = 0;
  let requiredMissing = false;
  for (const field of mapping.fields) {
    const weight = field.required ? 2 : 1;
    const match = byField.get(field.key);
    if (!match && field.ownExportOnly) continue;
    max += weight;
    if (match) score += weight * match.confidence;
    else if (field.required && !supplied.has(field.key)) requiredMissing = true;
  }
  return {
    band,
    labels: columns.map((c) => c.label),
    variants: columns.map((c) => c.variants),
    matches,
    score: max === 0 ? 0 : score / max,
    // A field the user supplied (one community for the whole sheet, a column they chose) counts
    // as a named one: "小区名称" plus `--community 天乐社区` is a whole estate list.
    recognised: !requiredMissing && matches.length + suppliedElsewhere(mapping, byField, supplied) >= mapping.minFields,
    signature: signatureOf(columns),
  };
}

function suppliedElsewhere(mapping: RecordMapping<unknown>, byField: ReadonlyMap<string, unknown>, supplied: ReadonlySet<string>): number {
  return mapping.fields.filter((f) => supplied.has(f.key) && !byField.has(f.key)).length;
}

function rowHasText(grid: Grid, row: number): boolean {
  return (grid.rows[row] ?? []).some((v) => headerText(v) !== '');
}

const HEADER_CELL_MAX_LENGTH = 12;

/**
 * Whether a row above the column names is part of the header (其中, 规划数 over its classes)
 * rather than a title or a "填报单位：…" line: header cells are short names, never "label：value".
 */
function looksLikeHeaderRow(grid: Grid, row: number): boolean {
  return (grid.rows[row] ?? []).every((v) => {
    const text = headerText(v);
    return text.length <= HEADER_CELL_MAX_LENGTH && !/[:：]/.test(text);
  });
}

/**
 * Better first: higher score; then the band that ends sooner (never swallow a data row); then,
 * for two bands ending on the same row, the two-row one only if its top row looks like a header
 * row — so a 填报单位 line, which adds nothing to the match, is not glued onto the column names.
 */
function better(grid: Grid, a: HeaderMatch, b: HeaderMatch): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.band.lastRow !== b.band.lastRow) return a.band.lastRow < b.band.lastRow;
  const longer = a.band.firstRow < b.band.firstRow ? a : b;
  const preferLonger = looksLikeHeaderRow(grid, longer.band.firstRow);
  return preferLonger ? a === longer : a !== longer;
}

export interface HeaderSearch {
  /** The best recognised header, if any. */
  readonly found: HeaderMatch | undefined;
  /** The best-scoring band even if not recognised, to explain a refusal or rank sheets. */
  readonly best: HeaderMatch | undefined;
}

/**
 * Whether a band may be a header at all, before it is scored. A header row is made of labels: a
 * row that is mostly numbers, dates, phone or ID numbers or long values is data, whatever one of
 * its cells says. A second header row must itself be labels only, must be followed by a row
 * (the data), and must hang below the first the way a two-row header does: each column whose
 * two rows say different things belongs to a group whose parent spans it ("其中" over 一类 /
 * 二类 / 三类, merged and filled, or written once with the rest of its row blank), and a first
 * row that says only one thing is a title, not a parent. A data row
 * under a one-row header says something different under every column, so it never qualifies.
 */
function admissible(grid: Grid, band: HeaderBand): boolean {
  const top = grid.rows[band.firstRow] ?? [];
  if (looksLikeDataRow(top)) return false;
  if (band.lastRow === band.firstRow) return true;
  const bottom = grid.rows[band.lastRow] ?? [];
  if (!looksLikeLabelRow(bottom) || band.lastRow + 1 >= grid.rows.length) return false;
  // A title ("天乐社区小区名单", merged across or not) says one thing: a header row says several.
  if (new Set(top.map(headerText).filter((t) => t !== '')).size < 2) return false;
  const topAt = (c: number): string => headerText(cellAt(grid, band.firstRow, c));
  const bottomAt = (c: number): string => headerText(cellAt(grid, band.lastRow, c));
  const split = (c: number): boolean => topAt(c) !== '' && bottomAt(c) !== '' && topAt(c) !== bottomAt(c);
  for (let c = 0; c < grid.width; c++) {
    if (!split(c)) continue;
    const spansLeft = c > 0 && split(c - 1) && topAt(c - 1) === topAt(c);
    const spansRight = c + 1 < grid.width && ((split(c + 1) && topAt(c + 1) === topAt(c)) || (topAt(c + 1) === '' && bottomAt(c + 1) !== ''));
    if (!spansLeft && !spansRight) return false;
  }
  return true;
}

/**
 * The header is the first table heading in the sheet: of the recognised bands, those that
 * share a row with the earliest one compete (a title glued on top, a second header row below),
 * and the best of them wins. A later row never does, however well its cells happen to name
 * fields: it is data ("社区", "小区名称" typed as values), and taking it would drop every row
 * above it.
 */
function firstHeading(grid: Grid, recognised: readonly HeaderMatch[]): HeaderMatch | undefined {
  const start = Math.min(...recognised.map((m) => m.band.firstRow));
  const end = Math.max(...recognised.filter((m) => m.band.firstRow === start).map((m) => m.band.lastRow));
  let found: HeaderMatch | undefined;
  for (const match of recognised) {
    if (match.band.firstRow > end) continue;
    if (!found || better(grid, match, found)) found = match;
  }
  return found;
}

export function searchHeader(grid: Grid, mapping: RecordMapping<unknown>, searchRows: number, supplied: ReadonlySet<string> = NONE): HeaderSearch {
  const recognised: HeaderMatch[] = [];
  let best: HeaderMatch | undefined;
  const lastStart = Math.min(searchRows, grid.rows.length);
  for (let r = 0; r < lastStart; r++) {
    if (!rowHasText(grid, r)) continue;
    const bands: HeaderBand[] = [{ firstRow: r, lastRow: r }];
    if (r + 1 < grid.rows.length && rowHasText(grid, r + 1)) bands.push({ firstRow: r, lastRow: r + 1 });
    for (const band of bands) {
      if (!admissible(grid, band)) continue;
      const match = evaluateBand(grid, mapping, band, supplied);
      if (match.matches.length === 0) continue;
      if (!best || better(grid, match, best)) best = match;
      if (match.recognised) recognised.push(match);
    }
  }
  return { found: recognised.length > 0 ? firstHeading(grid, recognised) : undefined, best };
}
