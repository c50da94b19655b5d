/**
 * The Excel exchange pipeline, one entry for every caller (the renderer's import worker and
 * the `street-ledger` command):
 *
 *   read → choose sheet → find header → map columns → normalise → validate → diff → (commit)
 *
 * - `analyseWorkbook(bytes, fileName, mapping, options)` reads a file (xlsx, xls, ods, csv;
 *   hostile files refused with an `ExchangeError`) and analyses the likeliest sheet for one
 *   record kind. The result is plain data (it crosses a worker boundary): every sheet with its
 *   score (`sheets`, so a UI can offer another), the header found (`header`, with a layout
 *   `signature` to remember a corrected mapping under), the column mapping with confidence
 *   (`columns`), and every data row as valid, invalid (sheet row number, column, reasons) or
 *   skipped (blank, total, note).
 *   Options: `sheet` (index or name), `headerRow`/`headerRows` (1-based, to force the header),
 *   `columns` (a user's corrections: field → column), `known` (keys of records referenced rows
 *   must point at, e.g. community name keys; leave out to accept any).
 * - A workbook of several kinds (our own full export, a district list) goes through
 *   `analyseExchange` (exchangeAnalysis.ts), which gives each sheet to a kind and reads the
 *   kinds in dependency order: an estate naming a community that is neither stored nor brought
 *   by the same file is invalid (creating communities as a side effect of a typo in an estate
 *   list would be worse than asking).
 * - `diffAgainst(analysis, mapping, existing)` compares the valid rows with stored records
 *   (plain arrays the caller read from its database; see each kind's `store.existing`) as new /
 *   changed field by field / unchanged, keyed on the kind's identity. Committing is the caller's (one Dexie transaction in the app; the command
 *   has no database).
 * Row numbers everywhere are the sheet's own, 1-based, as Excel shows them.
 */
import type { DateSystem } from '../common/dates';
import { mapColumns, type ColumnMapping, type ColumnOverrides } from './columnMap';
import type { TextEncodingName } from './csvDecode';
import { diffRecords, type ExistingRecord, type RecordDiff } from './diff';
import { ExchangeError } from './errors';
import type { CellRange, CellValue, Grid } from './grid';
import { evaluateBand, searchHeader, type HeaderMatch } from './headerSearch';
import { DEFAULT_LIMITS, type ExchangeLimits } from './limits';
import type { RecordMapping } from './mapping';
import type { ExchangeKind } from './recordKind';
import { readWorkbook, type Workbook, type WorkbookFormat } from './read';
import { readRows, type RowContext, type RowOutcome } from './validateRows';

export interface SheetCandidate {
  readonly index: number;
  readonly name: string;
  readonly hidden: boolean;
  /** 0…1, how well the sheet's best header names the mapping's fields. */
  readonly score: number;
  readonly recognised: boolean;
  /** Required fields the header names: how specific the match is (小区名称 makes an estate list). */
  readonly requiredMatched: number;
  /** 1-based first row of the header found, if any. */
  readonly headerRow: number | null;
}

export interface AnalyseOptions {
  readonly sheet?: number | string;
  /** 1-based row where the header starts, when the user chose it. */
  readonly headerRow?: number;
  readonly headerRows?: 1 | 2;
  readonly columns?: ColumnOverrides;
  readonly known?: RowContext['known'];
  readonly limits?: ExchangeLimits;
}

export interface SheetWarning {
  readonly code: 'rowsCutOff' | 'columnsCutOff';
  readonly params: Readonly<Record<string, number>>;
}

export interface HeaderInfo {
  /** 1-based, inclusive. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Each column's name as shown, "其中·一类" for a two-row header. */
  readonly labels: readonly string[];
  readonly signature: string;
  /** The header rows as they are in the sheet (for the error workbook). */
  readonly cells: readonly (readonly CellValue[])[];
  /** Merged ranges within the header rows, rows counted from the header's first row. */
  readonly merges: readonly CellRange[];
}

export interface SheetAnalysis<V> {
  readonly kind: ExchangeKind;
  readonly sheet: { readonly index: number; readonly name: string };
  readonly header: HeaderInfo;
  /** Text of the title rows above the header ("XX街道…统计表", "填报单位：…"). */
  readonly preamble: readonly string[];
  readonly columns: ColumnMapping;
  readonly rows: RowOutcome<V>;
  readonly counts: { readonly read: number; readonly valid: number; readonly invalid: number; readonly skipped: number };
  readonly warnings: readonly SheetWarning[];
}

export interface WorkbookAnalysis<V> extends SheetAnalysis<V> {
  readonly fileName: string;
  readonly format: WorkbookFormat;
  readonly encoding: TextEncodingName | null;
  readonly dateSystem: DateSystem;
  readonly sheets: readonly SheetCandidate[];
}

function limitsOf(options: AnalyseOptions): ExchangeLimits {
  return options.limits ?? DEFAULT_LIMITS;
}

export function requiredNames(mapping: RecordMapping<unknown>, keys?: readonly string[]): string {
  return mapping.fields
    .filter((f) => (keys ? keys.includes(f.key) : f.required))
    .map((f) => f.synonyms[0])
    .join('、');
}

/** Every sheet scored for the mapping, in workbook order. */
export function rankSheets(workbook: Workbook, mapping: RecordMapping<unknown>, limits: ExchangeLimits = DEFAULT_LIMITS): SheetCandidate[] {
  return workbook.sheets.map((sheet, index) => {
    const grid = sheet.grid(limits.headerSearchRows + 2);
    const { found, best } = searchHeader(grid, mapping, limits.headerSearchRows);
    const match = found ?? best;
    const required = new Set(mapping.fields.filter((f) => f.required).map((f) => f.key));
    return {
      index,
      name: sheet.name,
      hidden: sheet.hidden,
      score: match?.score ?? 0,
      recognised: found !== undefined,
      requiredMatched: match?.matches.filter((m) => required.has(m.field)).length ?? 0,
      headerRow: found ? found.band.firstRow + 1 : null,
    };
  });
}

/** The likeliest sheet: recognised, best score, visible before hidden, first in the book. */
export function likeliestSheet(candidates: readonly SheetCandidate[]): SheetCandidate | undefined {
  return candidates
    .filter((c) => c.recognised)
    .sort((a, b) => b.score - a.score || Number(a.hidden) - Number(b.hidden) || a.index - b.index)[0];
}

export function sheetIndex(workbook: Workbook, sheet: number | string): number {
  const index = typeof sheet === 'number' ? sheet : workbook.sheets.findIndex((s) => s.name === sheet);
  if (index < 0 || index >= workbook.sheets.length) throw new ExchangeError('sheetNotFound', { sheet: String(sheet) });
  return index;
}

export function isEmptyWorkbook(workbook: Workbook, limits: ExchangeLimits): boolean {
  return workbook.sheets.every((s) => s.grid(limits.headerSearchRows + 2).rows.length === 0);
}

function locateHeader(grid: Grid, mapping: RecordMapping<unknown>, options: AnalyseOptions, limits: ExchangeLimits): HeaderMatch {
  if (options.headerRow !== undefined) {
    const firstRow = Math.max(0, Math.floor(options.headerRow) - 1);
    return evaluateBand(grid, mapping, { firstRow, lastRow: firstRow + (options.headerRows === 2 ? 1 : 0) });
  }
  const { found } = searchHeader(grid, mapping, limits.headerSearchRows);
  if (!found) throw new ExchangeError('noHeader', { rows: limits.headerSearchRows, required: requiredNames(mapping) });
  return found;
}

function headerInfo(grid: Grid, header: HeaderMatch): HeaderInfo {
  const { firstRow, lastRow } = header.band;
  const merges = grid.merges
    .filter((m) => m.s.r >= firstRow && m.e.r <= lastRow)
    .map((m) => ({ s: { r: m.s.r - firstRow, c: m.s.c }, e: { r: m.e.r - firstRow, c: m.e.c } }));
  return {
    firstRow: firstRow + 1,
    lastRow: lastRow + 1,
    labels: header.labels,
    signature: header.signature,
    cells: grid.rows.slice(firstRow, lastRow + 1),
    merges,
  };
}

function preambleOf(grid: Grid, firstRow: number): string[] {
  return grid.rows
    .slice(0, firstRow)
    .map((row) => [...new Set(row.filter((v): v is string | number => v !== null && v !== '').map(String))].join(' ').trim())
    .filter((text) => text !== '');
}

function warningsOf(grid: Grid, limits: ExchangeLimits): SheetWarning[] {
  const warnings: SheetWarning[] = [];
  if (grid.cutOff.rows) warnings.push({ code: 'rowsCutOff', params: { max: limits.maxRows } });
  if (grid.cutOff.columns) warnings.push({ code: 'columnsCutOff', params: { max: limits.maxColumns } });
  return warnings;
}

/** One sheet of a read workbook, for one record kind. */
export function analyseSheet<V>(workbook: Workbook, index: number, mapping: RecordMapping<V>, options: AnalyseOptions = {}): SheetAnalysis<V> {
  const limits = limitsOf(options);
  const source = workbook.sheets[index];
  if (!source) throw new ExchangeError('sheetNotFound', { sheet: String(index) });
  const grid = source.grid();
  const header = locateHeader(grid, mapping, options, limits);
  const columns = mapColumns(header, mapping, options.columns);
  if (columns.missing.length > 0) throw new ExchangeError('missingColumns', { fields: requiredNames(mapping, columns.missing) });
  const rows = readRows(grid, header.band.lastRow + 1, mapping, columns, { dateSystem: workbook.dateSystem, known: options.known });
  const counts = {
    read: rows.valid.length + rows.invalid.length + rows.skipped.length,
    valid: rows.valid.length,
    invalid: rows.invalid.length,
    skipped: rows.skipped.length,
  };
  if (counts.valid + counts.invalid === 0) throw new ExchangeError('noDataRows', { row: header.band.lastRow + 1 });
  return {
    kind: mapping.kind,
    sheet: { index, name: source.name },
    header: headerInfo(grid, header),
    preamble: preambleOf(grid, header.band.firstRow),
    columns,
    rows,
    counts,
    warnings: warningsOf(grid, limits),
  };
}

export function describe<V>(workbook: Workbook, sheets: readonly SheetCandidate[], analysis: SheetAnalysis<V>): WorkbookAnalysis<V> {
  return { fileName: workbook.fileName, format: workbook.format, encoding: workbook.encoding, dateSystem: workbook.dateSystem, sheets, ...analysis };
}

/** A read workbook for one record kind: the chosen (or likeliest) sheet. */
export function analyseParsedWorkbook<V>(workbook: Workbook, mapping: RecordMapping<V>, options: AnalyseOptions = {}): WorkbookAnalysis<V> {
  const limits = limitsOf(options);
  if (isEmptyWorkbook(workbook, limits)) throw new ExchangeError('emptyWorkbook');
  const sheets = rankSheets(workbook, mapping, limits);
  let index: number;
  if (options.sheet !== undefined) index = sheetIndex(workbook, options.sheet);
  else {
    const best = likeliestSheet(sheets);
    if (!best) throw new ExchangeError('noHeader', { rows: limits.headerSearchRows, required: requiredNames(mapping) });
    index = best.index;
  }
  return describe(workbook, sheets, analyseSheet(workbook, index, mapping, options));
}

export async function analyseWorkbook<V>(bytes: Uint8Array, fileName: string, mapping: RecordMapping<V>, options: AnalyseOptions = {}): Promise<WorkbookAnalysis<V>> {
  const workbook = await readWorkbook(bytes, fileName, limitsOf(options));
  return analyseParsedWorkbook(workbook, mapping, options);
}

/**
 * Sheets for several kinds at once, each sheet to at most one kind: the most specific, then
 * strongest (sheet, kind) pair first. Kinds without a recognised sheet are left out.
 */
export function assignSheets(workbook: Workbook, mappings: readonly RecordMapping<unknown>[], limits: ExchangeLimits = DEFAULT_LIMITS): Map<ExchangeKind, SheetCandidate[]> {
  const pairs: { kind: ExchangeKind; candidate: SheetCandidate; ranked: SheetCandidate[] }[] = [];
  for (const mapping of mappings) {
    const ranked = rankSheets(workbook, mapping, limits);
    for (const candidate of ranked) if (candidate.recognised) pairs.push({ kind: mapping.kind, candidate, ranked });
  }
  // The more specific kind first: an estate list with 负责人 and 联系电话 columns also looks a
  // little like a community list, but only estates require (and find) 小区名称.
  pairs.sort(
    (a, b) =>
      b.candidate.requiredMatched - a.candidate.requiredMatched ||
      b.candidate.score - a.candidate.score ||
      Number(a.candidate.hidden) - Number(b.candidate.hidden) ||
      a.candidate.index - b.candidate.index,
  );
  const out = new Map<ExchangeKind, SheetCandidate[]>();
  const usedSheets = new Set<number>();
  for (const pair of pairs) {
    if (out.has(pair.kind) || usedSheets.has(pair.candidate.index)) continue;
    usedSheets.add(pair.candidate.index);
    // The chosen sheet first, then the others for the user to switch to.
    out.set(pair.kind, [pair.candidate, ...pair.ranked.filter((c) => c.index !== pair.candidate.index)]);
  }
  return out;
}

/** The preview: each valid row as new, changed (field by field) or unchanged against stored records. */
export function diffAgainst<V>(analysis: SheetAnalysis<V>, mapping: RecordMapping<V>, existing: readonly ExistingRecord<V>[]): RecordDiff<V> {
  const mapped = Object.entries(analysis.columns.fields)
    .filter(([, assignment]) => assignment !== null)
    .map(([field]) => field);
  return diffRecords(analysis.rows.valid, existing, mapping, mapped);
}
