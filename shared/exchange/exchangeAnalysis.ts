import type { ColumnOverrides } from './columnMap';
import { ExchangeError, type ExchangeErrorCode } from './errors';
import { EXCHANGE_KINDS, IMPORT_KINDS, recordKind } from './kinds';
import { DEFAULT_LIMITS, type ExchangeLimits } from './limits';
import type { RecordMapping } from './mapping';
import {
  analyseSheets,
  assignSheets,
  describe,
  isEmptyWorkbook,
  likeliestSheet,
  rankSheets,
  refusalFor,
  sheetGroup,
  sheetIndex,
  type SheetCandidate,
  type WorkbookAnalysis,
} from './pipeline';
import type { Workbook } from './read';
import type { ExchangeKind, KindContext, RowOf, StoredLedger } from './recordKind';

/**
 * The one analysis of a workbook, for the import worker and every command alike: our own full
 * export (社区, 小区, 业委会届次, 业委会成员), a community's estate return, a district's committee
 * list, an inspection list, a rectification ledger. Each sheet goes to the one kind it fits best
 * (a committee list also names 社区 and 小区名称, but fits the terms mapping better than the
 * estates one), and kinds are read in the registry's order so a row may name a record the same
 * file brings: communities → estates → terms → members, and inspections of those estates.
 *
 * A kind whose sheet has a header but no rows (an empty 社区 sheet in our own export), or whose
 * likeliest sheet lacks a required column, is absent; a file none of whose kinds is there is
 * refused with the first such reason. A sheet the user chose is never passed over in silence.
 */

export interface KindOptions {
  /** A sheet by index or name: the user's (or the command line's) choice. */
  readonly sheet?: number | string;
  readonly columns?: ColumnOverrides;
  /** Field → one value for every row of the sheet (the community of a sheet that names none). */
  readonly fixed?: Readonly<Record<string, string>>;
  /** 1-based row where the header starts, when the user says so (`--header-row`). */
  readonly headerRow?: number;
}

/**
 * Records the user agreed to create with the import, by kind, each by the one name rows refer
 * to it by (the communities a first estate list names): rows naming them are then valid, and
 * they are written in the same transaction.
 */
export type CreatedNames = { readonly [K in ExchangeKind]?: readonly string[] };
export type CreatedRecords = { readonly [K in ExchangeKind]?: readonly RowOf<K>[] };

/**
 * Keys of the stored records rows may name, by kind (their identity keys). A kind left out, or
 * 'any' (the command, which has no database), takes every name as given.
 */
export type StoredKeys = { readonly [K in ExchangeKind]?: ReadonlySet<string> | 'any' };

export interface ExchangeAnalyseOptions extends KindContext {
  readonly stored?: StoredKeys;
  /** The kinds to look for; the app's import kinds unless said otherwise. */
  readonly kinds?: readonly ExchangeKind[];
  readonly choices?: { readonly [K in ExchangeKind]?: KindOptions };
  /**
   * 'exclusive' (the import wizard's reading): each sheet to at most one kind. 'shared': each kind
   * reads its own likeliest sheet, so one sheet may be read as two kinds (a district committee
   * list also lists the estates, with their class, for the coverage).
   */
  readonly sheets?: 'exclusive' | 'shared';
  /**
   * The kind a file with nothing usable is told about (its own reason, or the columns it needs):
   * what the caller is about, e.g. a committee list for the coverage. Else the first reason found.
   */
  readonly refusalKind?: ExchangeKind;
  /** The ledger's street: of a district list across streets, only its rows are taken. */
  readonly ownStreet?: string;
  readonly created?: CreatedNames;
  /**
   * The import wizard's reading of a file nothing else fits: a sheet that lacks only the column
   * its name could have given (所属社区) is shown, every row waiting for the user to choose a
   * column or set one value for the sheet. The command refuses it instead, saying how to go on.
   */
  readonly showNearMiss?: boolean;
  readonly limits?: ExchangeLimits;
}

export type ExchangeAnalysis = { readonly [K in ExchangeKind]: WorkbookAnalysis<RowOf<K>> | null };

/** An analysis that found no kind: the start for callers that analyse only some. */
export const NO_ANALYSIS: ExchangeAnalysis = {
  communities: null, companies: null, estates: null, committeeTerms: null, committeeMembers: null, inspections: null,
  preparatoryGroups: null, assemblyMeetings: null, surveys: null, notices: null, noticeSteps: null, complaints: null, complaintSteps: null,
  campaigns: null, campaignTasks: null, campaignNotes: null, campaignReturns: null, campaignFilings: null, campaignFunds: null, campaignPayments: null, creditEntries: null,
};

/** A kind whose sheet is not there, or not usable as that kind, is absent rather than refused. */
const ABSENT_CODES: ReadonlySet<ExchangeErrorCode> = new Set(['noHeader', 'partialHeader', 'noDataRows', 'missingColumns']);

/** An estate list is what most files are: a file with nothing usable is told what one needs. */
const REFUSAL_KIND: ExchangeKind = 'estates';

type Analyses = { -readonly [K in ExchangeKind]: WorkbookAnalysis<RowOf<K>> | null };

/** Stores one kind's analysis: typed through the kind itself, which a plain index cannot be. */
function put<K extends ExchangeKind>(into: { -readonly [P in K]: WorkbookAnalysis<RowOf<P>> | null }, kind: K, analysis: WorkbookAnalysis<RowOf<K>> | null): void {
  into[kind] = analysis;
}

export function analyseExchange(workbook: Workbook, options: ExchangeAnalyseOptions): ExchangeAnalysis {
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (isEmptyWorkbook(workbook, limits)) throw new ExchangeError('emptyWorkbook');
  const wanted = options.kinds ?? IMPORT_KINDS;
  const kinds = EXCHANGE_KINDS.filter((kind) => wanted.includes(kind));
  const mappings = new Map<ExchangeKind, RecordMapping<unknown>>(kinds.map((kind) => [kind, recordKind(kind).mapping(options)]));
  const rankOptions = (kind: ExchangeKind) => ({ columns: options.choices?.[kind]?.columns, fixed: options.choices?.[kind]?.fixed });
  const assigned = options.sheets === 'shared' ? null : assignSheets(workbook, [...mappings.values()], limits, rankOptions);
  const needed = new Set(kinds.flatMap((kind) => recordKind(kind).dependsOn));
  const known: Record<string, ReadonlySet<string>> = {};
  const result: Analyses = { ...NO_ANALYSIS };
  let firstRefusal: ExchangeError | undefined;
  const refusals = new Map<ExchangeKind, ExchangeError>();

  function analyse<V>(kind: ExchangeKind, mapping: RecordMapping<V>): WorkbookAnalysis<V> | null {
    const choice = options.choices?.[kind];
    const ranked: readonly SheetCandidate[] = assigned ? (assigned.get(kind) ?? []) : rankSheets(workbook, mapping, limits, rankOptions(kind));
    const candidate = assigned ? ranked[0] : likeliestSheet(ranked);
    // A workbook with a sheet per community is read as one list, unless the user chose a sheet.
    const indices = choice?.sheet !== undefined ? [sheetIndex(workbook, choice.sheet)] : candidate ? sheetGroup(ranked, candidate) : [];
    if (indices.length === 0) return null;
    const sheets = ranked.length > 0 ? ranked : rankSheets(workbook, mapping, limits);
    const sheetOptions = { columns: choice?.columns, fixed: choice?.fixed, headerRow: choice?.headerRow, known: { ...known }, limits, ownStreet: options.ownStreet };
    try {
      return describe(workbook, sheets, analyseSheets(workbook, indices, mapping, sheetOptions));
    } catch (error) {
      if (!(error instanceof ExchangeError) || !ABSENT_CODES.has(error.code) || choice?.sheet !== undefined) throw error;
      firstRefusal ??= error;
      refusals.set(kind, error);
      return null;
    }
  }


  function read<K extends ExchangeKind>(kind: K): void {
    const descriptor = recordKind(kind);
    const mapping = descriptor.mapping(options);
    const analysis = analyse(kind, mapping);
    put(result, kind, analysis);
    const stored = options.stored?.[kind] ?? 'any';
    if (!needed.has(kind) || stored === 'any') return;
    // What later kinds may name: the stored records and the ones this file brings.
    const keys = new Set(stored);
    for (const row of analysis?.rows.valid ?? []) if (descriptor.isReferable?.(row.value) ?? true) keys.add(mapping.identity(row.value).key);
    // The records the user agreed to create may be named too.
    for (const row of createdRows(kind, mapping, options.created)) keys.add(mapping.identity(row).key);
    known[kind] = keys;
  }

  for (const kind of kinds) read(kind);
  if (kinds.every((kind) => result[kind] === null)) {
    const fallback = options.refusalKind ?? (kinds.includes(REFUSAL_KIND) ? REFUSAL_KIND : kinds[0]);
    const mapping = fallback === undefined ? undefined : (mappings.get(fallback) ?? recordKind(fallback).mapping(options));
    const nearMiss = mapping ? refusalFor(workbook, [mapping], limits) : undefined;
    if (options.showNearMiss && fallback !== undefined && mapping && nearMiss) {
      const shown = showNearMiss(fallback, mapping, nearMiss);
      if (shown) return { ...result, [fallback]: shown };
    }
    const own = options.refusalKind === undefined ? undefined : refusals.get(options.refusalKind);
    throw own ?? firstRefusal ?? nearMiss ?? new ExchangeError('noHeader', { rows: limits.headerSearchRows, required: [] });
  }
  return result;

  /** The near miss's sheet, read with the field its name could have given left blank in every row. */
  function showNearMiss(kind: ExchangeKind, mapping: RecordMapping<unknown>, refusal: ExchangeError): WorkbookAnalysis<unknown> | null {
    const field = mapping.sheetNameField?.field;
    const failure = refusal.failure;
    if (failure.code !== 'partialHeader' || field === undefined || failure.params.missingFields.join() !== field) return null;
    const index = workbook.sheets.findIndex((s) => s.name === failure.params.sheet);
    if (index < 0 || options.choices?.[kind]?.sheet !== undefined) return null;
    const analysis = analyseSheets(workbook, [index], mapping, { fixed: { [field]: '' }, known: { ...known }, limits, ownStreet: options.ownStreet });
    return describe(workbook, rankSheets(workbook, mapping, limits), analysis);
  }
}

/** The records of `kind` the user agreed to create, made from their names. */
function createdRows<K extends ExchangeKind>(kind: K, mapping: RecordMapping<RowOf<K>>, created: CreatedNames | undefined): RowOf<K>[] {
  const out: RowOf<K>[] = [];
  for (const name of created?.[kind] ?? []) {
    const row = mapping.validate({ name });
    if (row.ok) out.push(row.value);
  }
  return out;
}

function putCreated<K extends ExchangeKind>(into: { -readonly [P in K]?: readonly RowOf<P>[] }, kind: K, rows: readonly RowOf<K>[]): void {
  into[kind] = rows;
}

/**
 * The records to create with the import, as rows of their kind: the names the user agreed to,
 * less those the file itself brings (a 社区 sheet) — the stored ones the diff leaves out.
 */
export function createdRecords(analysis: ExchangeAnalysis, options: Pick<ExchangeAnalyseOptions, 'created' | 'rules'>): CreatedRecords {
  const out: { -readonly [K in ExchangeKind]?: readonly RowOf<K>[] } = {};
  const one = <K extends ExchangeKind>(kind: K) => {
    const mapping = recordKind(kind).mapping(options);
    const brought = new Set((analysis[kind]?.rows.valid ?? []).map((r) => mapping.identity(r.value).key));
    const rows = createdRows(kind, mapping, options.created).filter((row) => !brought.has(mapping.identity(row).key));
    if (rows.length > 0) putCreated(out, kind, rows);
  };
  for (const kind of EXCHANGE_KINDS) one(kind);
  return out;
}

/** The identity keys of the stored records that rows of `kinds` may name, for `stored`. */
export function storedKeysOf(ledger: StoredLedger, context: KindContext, kinds: readonly ExchangeKind[] = IMPORT_KINDS): StoredKeys {
  const needed = new Set(kinds.flatMap((kind) => recordKind(kind).dependsOn));
  const out: { -readonly [K in ExchangeKind]?: ReadonlySet<string> } = {};
  const one = <K extends ExchangeKind>(kind: K) => {
    const descriptor = recordKind(kind);
    if (!descriptor.store || !needed.has(kind)) return;
    const mapping = descriptor.mapping(context);
    const keys = new Set<string>();
    for (const record of descriptor.store.existing(ledger)) if (descriptor.isReferable?.(record.value) ?? true) keys.add(mapping.identity(record.value).key);
    out[kind] = keys;
  };
  for (const kind of EXCHANGE_KINDS) one(kind);
  return out;
}
