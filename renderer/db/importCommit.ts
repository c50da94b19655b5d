import type { Table } from 'dexie';
import { sumCounts } from './importCounts';
import { NO_ANALYSIS, type CreatedRecords, type ExchangeAnalysis } from '../../shared/exchange/exchangeAnalysis';
import { diffAnalysis, ledgerParts, NO_DIFF, sameDiff, writesOf, type ExchangeDiff } from '../../shared/exchange/exchangeDiff';
import type { ImportBatch, ImportBatchEntry } from '../../shared/exchange/importBatch';
import { IMPORT_KINDS, recordKind } from '../../shared/exchange/kinds';
import type { BatchKind, ExchangeKind, ImportTable, KindContext, LedgerPart, StoredLedger } from '../../shared/exchange/recordKind';
import { withAbortCause } from './abortCause';
import { refuse } from './problems';
import { newId, type StreetLedgerDb } from './StreetLedgerDb';
import { nextTimestamp } from './timestamps';
import { describeImport } from '../history';
import { storeImportBatch } from './importBatchStore';

/**
 * The one commit of an import, every kind plugged into it: inside ONE transaction the ledger is
 * read again, the diff taken again, and compared row by row with the diff the preview showed; if
 * the ledger moved since (someone edited a record the file touches), nothing is written. Then the
 * kind writes its rows and the batch that can undo them is stored. Only valid rows are written;
 * invalid ones stay in the error workbook.
 */

/** What a batch kind adds to the skeleton: how its rows are written, and what undo must check. */
export interface ImportUnit {
  readonly batch: BatchKind;
  /** Writes the diff (taken inside the transaction) at `at`; returns what undo needs, in write order. */
  write(db: StreetLedgerDb, diff: ExchangeDiff, ledger: StoredLedger, at: number, context: KindContext): Promise<ImportBatchEntry[]>;
  /** Refuses to undo a row the batch added that records made since lean on. */
  readonly undoGuards?: { readonly [T in ImportTable]?: (db: StreetLedgerDb, batch: ImportBatch, row: StampedRow) => Promise<void> };
  /** The tables its undo guards read. */
  undoReads?(db: StreetLedgerDb): readonly Table[];
  /** Tables its write touches besides its kinds' own (a numbering counter). */
  alsoWrites?(db: StreetLedgerDb): readonly Table[];
}

/** A row as undo sees it: every table an import writes stamps `updatedAt` on each write. */
export interface StampedRow {
  readonly id: string;
  readonly updatedAt: number;
  readonly name?: unknown;
  readonly inspectedOn?: unknown;
  readonly termNumber?: unknown;
}

/** The kinds a batch takes, in the registry's order (the order of its sheets in the batch). */
export function kindsOfBatch(batch: BatchKind): ExchangeKind[] {
  return IMPORT_KINDS.filter((kind) => recordKind(kind).store?.batch === batch);
}

/** What undo reads of a table an import wrote: the rows, to see whether they were touched since. */
export interface StampedTable {
  bulkGet(keys: string[]): PromiseLike<(StampedRow | undefined)[]>;
}

function writtenTables(db: StreetLedgerDb) {
  return {
    communities: db.communities, companies: db.companies, creditEntries: db.creditEntries, estates: db.estates, committeeTerms: db.committeeTerms, inspections: db.inspections,
    preparatoryGroups: db.preparatoryGroups, assemblyMeetings: db.assemblyMeetings, surveys: db.surveys, notices: db.notices, complaints: db.complaints,
    campaigns: db.campaigns, campaignTasks: db.campaignTasks, campaignReturns: db.campaignReturns, campaignFilings: db.campaignFilings,
    campaignFunds: db.campaignFunds, campaignPayments: db.campaignPayments,
  } satisfies Record<ImportTable, Table & StampedTable>;
}

/** The table an import writes, as undo reads it (every such table holds stamped rows). */
export function importTable(db: StreetLedgerDb, table: ImportTable): Table & StampedTable {
  return writtenTables(db)[table];
}

function ledgerTable(db: StreetLedgerDb, part: LedgerPart): Table {
  const tables = {
    communities: db.communities, companies: db.companies, creditEntries: db.creditEntries, estates: db.estates, terms: db.committeeTerms, inspections: db.inspections,
    groups: db.preparatoryGroups, meetings: db.assemblyMeetings, surveys: db.surveys, notices: db.notices, complaints: db.complaints,
    campaigns: db.campaigns, campaignTasks: db.campaignTasks, campaignReturns: db.campaignReturns, campaignFilings: db.campaignFilings,
    campaignFunds: db.campaignFunds, campaignPayments: db.campaignPayments,
  } satisfies Record<LedgerPart, Table>;
  return tables[part];
}

/** The tables a commit of these kinds reads and writes. */
export function commitTables(db: StreetLedgerDb, kinds: readonly ExchangeKind[]): Table[] {
  const written = kinds.flatMap((kind) => {
    const table = recordKind(kind).store?.table;
    return table ? [importTable(db, table)] : [];
  });
  return [...new Set([...ledgerParts(kinds).map((part) => ledgerTable(db, part)), ...written])];
}

/** The parts of the stored ledger these kinds compare with; the others are left empty. */
export async function readLedger(db: StreetLedgerDb, kinds: readonly ExchangeKind[], known: Partial<StoredLedger> = {}): Promise<StoredLedger> {
  const parts = new Set(ledgerParts(kinds));
  const read = <T>(part: LedgerPart, given: readonly T[] | undefined, table: () => Promise<T[]>): Promise<readonly T[]> | readonly T[] =>
    !parts.has(part) ? [] : (given ?? table());
  const [communities, companies, creditEntries, estates, terms, inspections, groups, meetings, surveys, notices, complaints, campaigns, campaignTasks, campaignReturns, campaignFilings, campaignFunds, campaignPayments] = await Promise.all([
    read('communities', known.communities, () => db.communities.toArray()),
    read('companies', known.companies, () => db.companies.toArray()),
    read('creditEntries', known.creditEntries, () => db.creditEntries.toArray()),
    read('estates', known.estates, () => db.estates.toArray()),
    read('terms', known.terms, () => db.committeeTerms.toArray()),
    read('inspections', known.inspections, () => db.inspections.toArray()),
    read('groups', known.groups, () => db.preparatoryGroups.toArray()),
    read('meetings', known.meetings, () => db.assemblyMeetings.toArray()),
    read('surveys', known.surveys, () => db.surveys.toArray()),
    read('notices', known.notices, () => db.notices.toArray()),
    read('complaints', known.complaints, () => db.complaints.toArray()),
    read('campaigns', known.campaigns, () => db.campaigns.toArray()),
    read('campaignTasks', known.campaignTasks, () => db.campaignTasks.toArray()),
    read('campaignReturns', known.campaignReturns, () => db.campaignReturns.toArray()),
    read('campaignFilings', known.campaignFilings, () => db.campaignFilings.toArray()),
    read('campaignFunds', known.campaignFunds, () => db.campaignFunds.toArray()),
    read('campaignPayments', known.campaignPayments, () => db.campaignPayments.toArray()),
  ]);
  return { communities, companies, creditEntries, estates, terms, inspections, groups, meetings, surveys, notices, complaints, campaigns, campaignTasks, campaignReturns, campaignFilings, campaignFunds, campaignPayments };
}

export interface CommitInput {
  readonly analysis: Partial<ExchangeAnalysis>;
  /** The diff the user saw and accepted. */
  readonly previewed: ExchangeDiff;
  readonly rules: KindContext['rules'];
  /** The settings' complaint number pattern, for complaints a file brings without a number. */
  readonly complaintNumberPattern?: string;
  /** The settings' notice number pattern, to read the serial of a notice's number a file brings without one. */
  readonly noticeNumberPattern?: string;
  readonly fileName: string;
  readonly operator: string;
  /** Records the user agreed to create with the import (communities a first estate list names). */
  readonly created?: CreatedRecords;
}

function analysed(analysis: Partial<ExchangeAnalysis>): ExchangeAnalysis {
  return { ...NO_ANALYSIS, ...analysis };
}

/** Commits one batch kind's rows as one batch (inside the caller's transaction, if any). */
export async function commitBatch(db: StreetLedgerDb, unit: ImportUnit, input: CommitInput): Promise<ImportBatch> {
  const kinds = kindsOfBatch(unit.batch);
  const analysis = analysed(input.analysis);
  const context: KindContext = {
    rules: input.rules,
    ...(input.complaintNumberPattern ? { complaintNumberPattern: input.complaintNumberPattern } : {}),
    ...(input.noticeNumberPattern ? { noticeNumberPattern: input.noticeNumberPattern } : {}),
  };
  return db.transaction('rw', [...commitTables(db, kinds), ...(unit.alsoWrites?.(db) ?? []), db.importBatches, db.importBatchEntries], async () => {
    const ledger = await readLedger(db, kinds);
    const diff = diffAnalysis(analysis, ledger, context, kinds, input.created);
    for (const kind of kinds) {
      if (!sameDiff<unknown>(diff[kind] ?? NO_DIFF, input.previewed[kind] ?? NO_DIFF)) refuse({ field: 'batch', code: 'changedSincePreview' });
    }
    const at = nextTimestamp();
    const batchId = newId();
    // Every history entry the kind's writes make names this batch (and its file) as the reason.
    describeImport(batchId, input);
    const entries = await unit.write(db, diff, ledger, at, context);
    const batch: ImportBatch = {
      id: batchId,
      kind: unit.batch,
      fileName: input.fileName,
      sheets: kinds.flatMap((kind) => {
        const sheet = analysis[kind]?.sheet.name;
        return sheet === undefined ? [] : [sheet];
      }),
      operator: input.operator,
      committedAt: at,
      counts: sumCounts(kinds.map((kind) => ({ diff: diff[kind] ?? NO_DIFF, counts: analysis[kind]?.counts }))),
      entries,
      undoneAt: null,
    };
    await storeImportBatch(db, batch);
    return batch;
  });
}

/**
 * Commits every kind the workbook brought in ONE transaction, batch kind by batch kind in the
 * units' order (the inventory first, so terms and inspections may name estates the same file
 * adds). Each batch kind that writes anything gets its own batch, undoable on its own; if any
 * refuses, nothing at all is written.
 */
export async function commitImport(db: StreetLedgerDb, units: readonly ImportUnit[], input: CommitInput): Promise<ImportBatch[]> {
  const tables = [...new Set(units.flatMap((unit) => [...commitTables(db, kindsOfBatch(unit.batch)), ...(unit.alsoWrites?.(db) ?? [])]))];
  return withAbortCause((enter) =>
    db.transaction('rw', [...tables, db.importBatches, db.importBatchEntries], async () => {
      enter();
      const batches: ImportBatch[] = [];
      for (const unit of units) {
        const writes = kindsOfBatch(unit.batch).reduce((n, kind) => n + writesOf(input.previewed[kind]), 0);
        if (writes > 0) batches.push(await commitBatch(db, unit, input));
      }
      return batches;
    }),
  );
}
