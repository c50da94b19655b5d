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
import { cleanText } from '../common/text';
import { mapColumns, type ColumnMapping, type ColumnOverrides } from './columnMap';
import type { TextEncodingName } from './csvDecode';
import { diffRecords, type ExistingRecord, type RecordDiff } from './diff';
import { ExchangeError } from './errors';
import type { CellRange, CellValue, Grid } from './grid';
import { evaluateBand, searchHeader, type HeaderBand, type HeaderMatch, type HeaderSearch } from './headerSearch';
import { DEFAULT_LIMITS, type ExchangeLimits } from './limits';
import type { NotImportedReason, RecordMapping } from './mapping';
import { foldHeader } from './headerFold';
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
  /** The sheet's name gives a field its header lacks (a sheet per community). */
  readonly fromSheetName: boolean;
}

export interface AnalyseOptions {
  readonly sheet?: number | string;
  /** 1-based row where the header starts, when the user chose it. */
  readonly headerRow?: number;
  readonly headerRows?: 1 | 2;
  readonly columns?: ColumnOverrides;
  readonly known?: RowContext['known'];
  readonly limits?: ExchangeLimits;
  /** Our own street, when only its rows of a district list are wanted (the app). */
  readonly ownStreet?: string;
  /** Field → one value for every row of the sheet, e.g. `{ community: '天乐社区' }` (`--community`). */
  readonly fixed?: Readonly<Record<string, string>>;
}

/** What a sheet had past the limits, and which rows or columns of it were not read. */
export type SheetWarning =
  | {
      readonly code: 'rowsCutOff';
      /** `max` data rows were read, up to sheet row `lastRead`; `count` filled rows from `first` to `last` were not (`more`: 1 when even those were cut short). */
      readonly params: { readonly max: number; readonly lastRead: number; readonly first: number; readonly last: number; readonly count: number; readonly more: 0 | 1 };
    }
  | { readonly code: 'columnsCutOff'; readonly params: { readonly max: number } };

/** How a catalog words each warning. */
export type SheetWarningTexts = { readonly [C in SheetWarning['code']]: (params: Extract<SheetWarning, { code: C }>['params']) => string };

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

/** One sheet of a list that may span several (one sheet per community). */
export interface SheetPart {
  readonly index: number;
  readonly name: string;
  /** 1-based, inclusive. */
  readonly headerRows: { readonly first: number; readonly last: number };
  /** Fields every row of the sheet takes from its name or from the user. */
  readonly fixed: Readonly<Record<string, string>>;
  readonly counts: { readonly read: number; readonly valid: number; readonly invalid: number; readonly skipped: number };
}

/** A filled cell of a column the kind cannot keep (整改期限 in an inspection log), with why. */
export interface NotImportedCell {
  readonly row: number;
  readonly sheet?: string;
  /** 0-based. */
  readonly column: number;
  readonly header: string;
  readonly value: string;
  readonly reason: NotImportedReason;
}

export interface SheetAnalysis<V> {
  readonly kind: ExchangeKind;
  /** The first (usually only) sheet read. */
  readonly sheet: { readonly index: number; readonly name: string };
  /** Every sheet read, in workbook order; more than one for a workbook with a sheet per community. */
  readonly parts: readonly SheetPart[];
  readonly header: HeaderInfo;
  /** Text of the title rows above the header ("XX街道…统计表", "填报单位：…"). */
  readonly preamble: readonly string[];
  readonly columns: ColumnMapping;
  readonly rows: RowOutcome<V>;
  /** What rows say in columns the kind cannot keep, cell by cell, so nothing is dropped silently. */
  readonly notImported: readonly NotImportedCell[];
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

/** The required columns (or those of `keys`) by their first name; the catalog joins them. */
export function requiredNames(mapping: RecordMapping<unknown>, keys?: readonly string[]): string[] {
  return mapping.fields.filter((f) => (keys ? keys.includes(f.key) : f.required)).map((f) => f.synonyms[0]);
}

interface LocatedHeader {
  readonly found: HeaderMatch | undefined;
  readonly best: HeaderMatch | undefined;
  readonly fixed: Readonly<Record<string, string>>;
  readonly fromSheetName: boolean;
}

/** The field a sheet's name gives (its community), if the mapping has one and the name is one. */
function sheetNameFixed(sheetName: string, mapping: RecordMapping<unknown>, known: RowContext['known']): Record<string, string> | undefined {
  const named = mapping.sheetNameField;
  if (!named || !named.accepts(sheetName, known?.[named.knownKind])) return undefined;
  return { [named.field]: cleanText(sheetName) };
}

/**
 * The header, with what the sheet's rows take from outside their cells: fields the user set,
 * or, when the header lacks the column, the community the sheet is named after.
 */
function findHeader(grid: Grid, sheetName: string, mapping: RecordMapping<unknown>, options: AnalyseOptions, limits: ExchangeLimits): LocatedHeader {
  const given = options.fixed ?? {};
  // A field the user gave a column for need not be named by the header either.
  const chosen = Object.entries(options.columns ?? {})
    .filter(([, column]) => column !== null && column !== undefined)
    .map(([field]) => field);
  const suppliedBy = (fixed: Readonly<Record<string, string>>) => new Set([...Object.keys(fixed), ...chosen]);
  const search = (fixed: Readonly<Record<string, string>>): HeaderSearch | HeaderMatch =>
    options.headerRow !== undefined
      ? evaluateBand(grid, mapping, forcedBand(options), suppliedBy(fixed))
      : searchHeader(grid, mapping, limits.headerSearchRows, suppliedBy(fixed));
  const plain = asSearch(search(given));
  if (plain.found) return { ...plain, fixed: given, fromSheetName: false };
  const fromName = sheetNameFixed(sheetName, mapping, options.known);
  if (fromName) {
    const fixed = { ...fromName, ...given };
    const named = asSearch(search(fixed));
    if (named.found && !named.found.matches.some((m) => m.field in fromName)) return { ...named, fixed, fromSheetName: true };
  }
  return { ...plain, fixed: given, fromSheetName: false };
}

function forcedBand(options: AnalyseOptions): HeaderBand {
  const firstRow = Math.max(0, Math.floor(options.headerRow ?? 1) - 1);
  return { firstRow, lastRow: firstRow + (options.headerRows === 2 ? 1 : 0) };
}

function asSearch(result: HeaderSearch | HeaderMatch): HeaderSearch {
  if ('band' in result) return { found: result.recognised ? result : undefined, best: result };
  return result;
}

/** Every sheet scored for the mapping, in workbook order. */
export function rankSheets(workbook: Workbook, mapping: RecordMapping<unknown>, limits: ExchangeLimits = DEFAULT_LIMITS, options: AnalyseOptions = {}): SheetCandidate[] {
  const ranked = workbook.sheets.map((sheet, index): SheetCandidate => {
    const grid = sheet.grid(limits.headerSearchRows + 2);
    const { found, best, fromSheetName } = findHeader(grid, sheet.name, mapping, { ...options, headerRow: undefined }, limits);
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
      fromSheetName,
    };
  });
  // Beside sheets per community, a 汇总 or 说明 sheet sums up or explains them: not a list.
  if (!ranked.some((c) => c.recognised && c.fromSheetName)) return ranked;
  return ranked.map((c) => (mapping.summarySheet?.test(c.name) ? { ...c, recognised: false, headerRow: null } : c));
}

/**
 * The sheets read as one list with the chosen one: for a workbook with a sheet per community,
 * every visible sheet named after a community whose header fits; otherwise the chosen alone.
 */
export function sheetGroup(candidates: readonly SheetCandidate[], chosen: SheetCandidate): number[] {
  if (!chosen.fromSheetName) return [chosen.index];
  return candidates.filter((c) => c.index === chosen.index || (c.recognised && c.fromSheetName && !c.hidden)).map((c) => c.index).sort((a, b) => a - b);
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

const NEAR_MISS_CONFIDENCE = 0.9;
// Place columns that are not a community: a district, an area, a market area.
// Matching data, not UI words: what clerks and offices write, read in every locale (issue 8).
const NOT_A_COMMUNITY = /^(区域|区|所在区|所属区|区县|所在区县|行政区|片区|板块|商圈)$/;

/**
 * Why no sheet reads as the kind(s), as a person can act on it: the sheet and row that came
 * closest, what it has and which required columns it lacks ("工作表“小区”第 2 行有“小区名称”，
 * 但没有所属社区列"), or, when nothing came close, that no header was found at all.
 */
export function refusalFor(workbook: Workbook, mappings: readonly RecordMapping<unknown>[], limits: ExchangeLimits, onlySheet?: number): ExchangeError {
  let closest: { sheet: string; match: HeaderMatch; mapping: RecordMapping<unknown>; required: number } | undefined;
  workbook.sheets.forEach((sheet, index) => {
    if (onlySheet !== undefined && index !== onlySheet) return;
    const grid = sheet.grid(limits.headerSearchRows + 2);
    for (const mapping of mappings) {
      const { best } = searchHeader(grid, mapping, limits.headerSearchRows);
      if (!best) continue;
      const requiredKeys = new Set(mapping.fields.filter((f) => f.required).map((f) => f.key));
      // Only a column that names a required field outright ("小区名称"), not one that merely
      // starts like it ("小区车位编号"), makes a near miss worth describing.
      const required = best.matches.filter((m) => requiredKeys.has(m.field) && m.confidence >= NEAR_MISS_CONFIDENCE).length;
      // All required named but too few fields: not a near miss of this kind.
      if (required === 0 || required === requiredKeys.size) continue;
      if (!closest || required > closest.required || (required === closest.required && best.score > closest.match.score)) closest = { sheet: sheet.name, match: best, mapping, required };
    }
  });
  const first = mappings[0];
  if (!closest || !first) return new ExchangeError('noHeader', { rows: limits.headerSearchRows, required: first ? requiredNames(first) : [] });
  const { match, mapping } = closest;
  const matched = new Set(match.matches.map((m) => m.field));
  const missing = mapping.fields.filter((f) => f.required && !matched.has(f.key)).map((f) => f.key);
  const found = [...match.matches].sort((a, b) => a.column - b.column).map((m) => match.labels[m.column] ?? '').filter((t) => t !== '');
  const used = new Set(match.matches.map((m) => m.column));
  // A column a clerk might take for the missing community, but which is not one (区域 is a district).
  const lookalike = missing.includes('community') ? match.labels.find((label, column) => !used.has(column) && NOT_A_COMMUNITY.test(foldHeader(label))) : undefined;
  return new ExchangeError('partialHeader', {
    sheet: closest.sheet,
    row: match.band.firstRow + 1,
    found,
    missing: requiredNames(mapping, missing),
    missingFields: missing,
    ...(lookalike ? { notCommunity: lookalike } : {}),
  });
}

function locateHeader(grid: Grid, sheetName: string, mapping: RecordMapping<unknown>, options: AnalyseOptions, limits: ExchangeLimits): { header: HeaderMatch; fixed: Readonly<Record<string, string>> } {
  const located = findHeader(grid, sheetName, mapping, options, limits);
  if (options.headerRow !== undefined && located.best) return { header: located.found ?? located.best, fixed: located.fixed };
  if (!located.found) throw new ExchangeError('noHeader', { rows: limits.headerSearchRows, required: requiredNames(mapping) });
  return { header: located.found, fixed: located.fixed };
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

/**
 * The data rows past the cap, which are never taken: how many and which (1-based rows). When
 * the reader itself stopped (a sheet far past the cap) the count is a lower bound, said so.
 */
function rowsLeftOut(grid: Grid, endRow: number, limits: ExchangeLimits): SheetWarning | undefined {
  let count = 0;
  let first = 0;
  let last = 0;
  for (let r = endRow; r < grid.rows.length; r++) {
    if (!(grid.rows[r] ?? []).some((cell) => cell !== null && cell !== '')) continue;
    count++;
    if (first === 0) first = r + 1;
    last = r + 1;
  }
  if (count === 0 && !grid.cutOff.rows) return undefined;
  return {
    code: 'rowsCutOff',
    params: { max: limits.maxRows, lastRead: endRow, first: first || endRow + 1, last, count, more: grid.cutOff.rows ? 1 : 0 },
  };
}

function warningsOf(grid: Grid, limits: ExchangeLimits, endRow: number): SheetWarning[] {
  const warnings: SheetWarning[] = [];
  const leftOut = rowsLeftOut(grid, endRow, limits);
  if (leftOut) warnings.push(leftOut);
  if (grid.cutOff.columns) warnings.push({ code: 'columnsCutOff', params: { max: limits.maxColumns } });
  return warnings;
}

/** Cells of the rows read that sit in a column the mapping names as not importable. */
function notImportedCells<V>(mapping: RecordMapping<V>, labels: readonly string[], columns: ColumnMapping, rows: RowOutcome<V>): NotImportedCell[] {
  const entries = mapping.notImported ?? [];
  if (entries.length === 0) return [];
  const used = new Set(Object.values(columns.fields).flatMap((a) => (a ? [a.column] : [])));
  const reasonOf = new Map<number, NotImportedReason>();
  labels.forEach((label, column) => {
    const folded = foldHeader(label);
    if (folded === '' || used.has(column)) return;
    const entry = entries.find((e) => e.synonyms.some((s) => folded.startsWith(foldHeader(s))));
    if (entry) reasonOf.set(column, entry.reason);
  });
  if (reasonOf.size === 0) return [];
  const out: NotImportedCell[] = [];
  const read = [...rows.valid, ...rows.invalid].sort((a, b) => a.row - b.row);
  for (const { row, cells } of read) {
    for (const [column, reason] of reasonOf) {
      const cell = cells[column];
      if (cell === null || cell === undefined || String(cell).trim() === '') continue;
      out.push({ row, column, header: labels[column] ?? '', value: String(cell), reason });
    }
  }
  return out;
}

/** One sheet of a read workbook, for one record kind. */
export function analyseSheet<V>(workbook: Workbook, index: number, mapping: RecordMapping<V>, options: AnalyseOptions = {}): SheetAnalysis<V> {
  const limits = limitsOf(options);
  const source = workbook.sheets[index];
  if (!source) throw new ExchangeError('sheetNotFound', { sheet: String(index) });
  const grid = source.grid();
  let located: ReturnType<typeof locateHeader>;
  try {
    located = locateHeader(grid, source.name, mapping, options, limits);
  } catch (error) {
    if (error instanceof ExchangeError && error.code === 'noHeader') throw refusalFor(workbook, [mapping as RecordMapping<unknown>], limits, index);
    throw error;
  }
  const { header, fixed } = located;
  const columns = mapColumns(header, mapping, options.columns);
  const missing = columns.missing.filter((field) => !(field in fixed));
  if (missing.length > 0) {
    throw new ExchangeError('missingColumns', { sheet: source.name, row: header.band.firstRow + 1, fields: requiredNames(mapping, missing), missingFields: missing });
  }
  // The cap counts data rows only: a title and a two-row header above them take none of it.
  const endRow = header.band.lastRow + 1 + limits.maxRows;
  const rows = readRows(grid, header.band.lastRow + 1, mapping, columns, { dateSystem: workbook.dateSystem, known: options.known, fixed, ownStreet: options.ownStreet, endRow });
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
    parts: [{ index, name: source.name, headerRows: { first: header.band.firstRow + 1, last: header.band.lastRow + 1 }, fixed, counts }],
    header: headerInfo(grid, header),
    preamble: preambleOf(grid, header.band.firstRow),
    columns,
    rows,
    notImported: notImportedCells(mapping, header.labels, columns, rows),
    counts,
    warnings: warningsOf(grid, limits, endRow),
  };
}

/**
 * Several sheets as one list (a sheet per community): rows of each in workbook order, each row
 * carrying its sheet; the first sheet's header stands for the layout. A sheet with a header and
 * no rows is read as empty rather than refusing the others.
 */
export function analyseSheets<V>(workbook: Workbook, indices: readonly number[], mapping: RecordMapping<V>, options: AnalyseOptions = {}): SheetAnalysis<V> {
  if (indices.length <= 1) return analyseSheet(workbook, indices[0] ?? 0, mapping, options);
  const parts: SheetAnalysis<V>[] = [];
  let empty: ExchangeError | undefined;
  for (const index of indices) {
    try {
      parts.push(analyseSheet(workbook, index, mapping, options));
    } catch (error) {
      if (!(error instanceof ExchangeError) || error.code !== 'noDataRows') throw error;
      empty ??= error;
    }
  }
  const [first] = parts;
  if (!first) throw empty ?? new ExchangeError('noDataRows', { row: 1 });
  const sum = (key: keyof SheetAnalysis<V>['counts']) => parts.reduce((n, p) => n + p.counts[key], 0);
  return {
    ...first,
    parts: parts.flatMap((p) => p.parts),
    rows: {
      valid: parts.flatMap((p) => p.rows.valid.map((r) => ({ ...r, sheet: p.sheet.name }))),
      invalid: parts.flatMap((p) => p.rows.invalid.map((r) => ({ ...r, sheet: p.sheet.name }))),
      skipped: parts.flatMap((p) => p.rows.skipped.map((r) => ({ ...r, sheet: p.sheet.name }))),
    },
    notImported: parts.flatMap((p) => p.notImported.map((c) => ({ ...c, sheet: p.sheet.name }))),
    counts: { read: sum('read'), valid: sum('valid'), invalid: sum('invalid'), skipped: sum('skipped') },
    warnings: parts.flatMap((p) => p.warnings),
  };
}

export function describe<V>(workbook: Workbook, sheets: readonly SheetCandidate[], analysis: SheetAnalysis<V>): WorkbookAnalysis<V> {
  return { fileName: workbook.fileName, format: workbook.format, encoding: workbook.encoding, dateSystem: workbook.dateSystem, sheets, ...analysis };
}

/** A read workbook for one record kind: the chosen (or likeliest) sheet. */
export function analyseParsedWorkbook<V>(workbook: Workbook, mapping: RecordMapping<V>, options: AnalyseOptions = {}): WorkbookAnalysis<V> {
  const limits = limitsOf(options);
  if (isEmptyWorkbook(workbook, limits)) throw new ExchangeError('emptyWorkbook');
  const sheets = rankSheets(workbook, mapping, limits, options);
  let indices: number[];
  if (options.sheet !== undefined) indices = [sheetIndex(workbook, options.sheet)];
  else {
    const best = likeliestSheet(sheets);
    if (!best) throw refusalFor(workbook, [mapping as RecordMapping<unknown>], limits);
    indices = sheetGroup(sheets, best);
  }
  return describe(workbook, sheets, analyseSheets(workbook, indices, mapping, options));
}

export async function analyseWorkbook<V>(bytes: Uint8Array, fileName: string, mapping: RecordMapping<V>, options: AnalyseOptions = {}): Promise<WorkbookAnalysis<V>> {
  const workbook = await readWorkbook(bytes, fileName, limitsOf(options));
  return analyseParsedWorkbook(workbook, mapping, options);
}

/**
 * Sheets for several kinds at once, each sheet to at most one kind: the most specific, then
 * strongest (sheet, kind) pair first. Kinds without a recognised sheet are left out.
 */
export function assignSheets(
  workbook: Workbook,
  mappings: readonly RecordMapping<unknown>[],
  limits: ExchangeLimits = DEFAULT_LIMITS,
  optionsOf: (kind: ExchangeKind) => AnalyseOptions = () => ({}),
): Map<ExchangeKind, SheetCandidate[]> {
  const pairs: { kind: ExchangeKind; candidate: SheetCandidate; ranked: SheetCandidate[] }[] = [];
  for (const mapping of mappings) {
    // Fields the user gives one value or a column for need not be in the header.
    const ranked = rankSheets(workbook, mapping, limits, optionsOf(mapping.kind));
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
    for (const index of sheetGroup(pair.ranked, pair.candidate)) usedSheets.add(index);
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
