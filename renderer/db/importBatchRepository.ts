import type { Table } from 'dexie';
import type { ImportBatch, ImportBatchEntry, ImportBatchEntryOf, ImportBatchSummary, RememberedColumnMapping } from '../../shared/exchange/importBatch';
import type { ExchangeKind, ImportTable } from '../../shared/exchange/recordKind';
import { batchProblem } from './batchProblems';
import { loadImportBatch, summaryOf } from './importBatchStore';
import { importTable, type StampedRow } from './importCommit';
import { importUnits } from './importUnits';
import { withAbortCause } from './abortCause';
import { notFound, refuse } from './problems';
import type { StreetLedgerDb } from './StreetLedgerDb';
import { nextTimestamp } from './timestamps';
import { describeChange } from '../history';

/** Newest first; summaries only (the entries are undo's business). */
export async function listImportBatches(db: StreetLedgerDb): Promise<ImportBatchSummary[]> {
  return db.importBatches.orderBy('committedAt').reverse().toArray();
}

/** Only what the batch itself added can be undone away: rows others now lean on are refused. */
async function assertNothingLeansOn(db: StreetLedgerDb, batch: ImportBatch, table: ImportTable, row: StampedRow): Promise<void> {
  for (const unit of importUnits()) await unit.undoGuards?.[table]?.(db, batch, row);
}

/** Deletes what the batch added to one table and puts back the rows it replaced. */
const putBack =
  <Row>(table: { bulkDelete(keys: string[]): PromiseLike<void>; bulkPut(rows: readonly Row[]): PromiseLike<unknown> }) =>
  async ({ added, replaced }: { readonly added: readonly string[]; readonly replaced: readonly Row[] }): Promise<void> => {
    await table.bulkDelete([...added]);
    await table.bulkPut([...replaced]);
  };

/** Each table's rows put back as they were: typed through the entry's own table. */
function restorers(db: StreetLedgerDb): { readonly [T in ImportTable]: (entry: ImportBatchEntryOf<T>) => Promise<void> } {
  return {
    communities: putBack(db.communities),
    companies: putBack(db.companies),
    creditEntries: putBack(db.creditEntries),
    estates: putBack(db.estates),
    committeeTerms: putBack(db.committeeTerms),
    inspections: putBack(db.inspections),
    preparatoryGroups: putBack(db.preparatoryGroups),
    assemblyMeetings: putBack(db.assemblyMeetings),
    surveys: putBack(db.surveys),
    notices: putBack(db.notices),
    campaigns: putBack(db.campaigns),
    campaignTasks: putBack(db.campaignTasks),
    campaignReturns: putBack(db.campaignReturns),
    campaignFilings: putBack(db.campaignFilings),
    campaignFunds: putBack(db.campaignFunds),
    campaignPayments: putBack(db.campaignPayments),
    complaints: putBack(db.complaints),
  };
}

function restore<T extends ImportTable>(by: { readonly [P in T]: (entry: ImportBatchEntryOf<P>) => Promise<void> }, entry: ImportBatchEntryOf<T>): Promise<void> {
  return by[entry.table](entry);
}

/**
 * Undoes a committed import as a whole, in one transaction: rows it added are deleted, rows it
 * overwrote get their old values back. Refused — and nothing changes — if any of those rows was
 * edited or deleted since (its `updatedAt` is no longer the batch's stamp), or if records made
 * since lean on a row the batch added.
 */
export async function undoImportBatch(db: StreetLedgerDb, batchId: string): Promise<ImportBatch> {
  const batch = await loadImportBatch(db, batchId);
  if (!batch) return refuse(notFound('batch'));
  const tables = [...new Set(batch.entries.map((e) => e.table))].map((name) => importTable(db, name));
  const guarded: Table[] = importUnits().flatMap((unit) => unit.undoReads?.(db) ?? []);
  return withAbortCause((enter) =>
    db.transaction('rw', [db.importBatches, db.importBatchEntries, ...tables, ...guarded], async () => {
      enter();
      const current = await loadImportBatch(db, batchId);
      if (!current) return refuse(notFound('batch'));
      if (current.undoneAt !== null) return refuse({ field: 'batch', code: 'batchUndone' });
      // The undo's own history entries name the batch they undo; the operator is whoever undoes it.
      describeChange({ reason: current.fileName, cause: 'undoImport', batchId: current.id });
      const entries: ImportBatchEntry[] = [...current.entries].reverse();
      for (const entry of entries) {
        const ids = [...entry.added, ...entry.replaced.map((r) => r.id)];
        const rows = await importTable(db, entry.table).bulkGet(ids);
        rows.forEach((row, i) => {
          const before = entry.replaced[i - entry.added.length];
          if (!row) refuse(batchProblem('batchRecordGone', before ?? { id: ids[i] ?? '' }));
          if (row.updatedAt !== current.committedAt) refuse(batchProblem('batchEditedSince', row));
        });
        for (const row of rows.slice(0, entry.added.length)) if (row) await assertNothingLeansOn(db, current, entry.table, row);
      }
      const by = restorers(db);
      for (const entry of entries) await restore(by, entry);
      const undone: ImportBatch = { ...current, undoneAt: nextTimestamp(current.committedAt) };
      await db.importBatches.put(summaryOf(undone));
      return undone;
    }),
  );
}

export function columnMappingKey(kind: ExchangeKind, signature: string): string {
  return `${kind}:${signature}`;
}

export async function recallColumnMapping(db: StreetLedgerDb, kind: ExchangeKind, signature: string): Promise<RememberedColumnMapping | undefined> {
  return db.columnMappings.get(columnMappingKey(kind, signature));
}

/** Remembers a user's corrections for this header layout, so the next such file maps itself. */
export async function rememberColumnMapping(db: StreetLedgerDb, kind: ExchangeKind, signature: string, columns: RememberedColumnMapping['columns']): Promise<void> {
  await db.columnMappings.put({ key: columnMappingKey(kind, signature), columns, savedAt: Date.now() });
}
