import type { HistoryEntry, HistoryKind } from '../../shared/history/fieldHistory';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/*
 * Reading the field history. Nothing here writes it: the database appends it on every write
 * (historyMiddleware.ts), and no entry is ever changed or deleted.
 */

const newestFirst = (a: HistoryEntry, b: HistoryEntry) => b.at - a.at || (a.id < b.id ? -1 : 1);

/** One record's history, newest first. */
export async function historyOfRecord(db: StreetLedgerDb, kind: HistoryKind, recordId: string): Promise<HistoryEntry[]> {
  return (await db.fieldHistory.where('[kind+recordId]').equals([kind, recordId]).toArray()).sort(newestFirst);
}

/** Everything recorded about one estate (its own fields, its committees, inspections …), newest first. */
export async function historyOfEstate(db: StreetLedgerDb, estateId: string): Promise<HistoryEntry[]> {
  return (await db.fieldHistory.where('estateId').equals(estateId).toArray()).sort(newestFirst);
}

/** What one import batch and its undo changed. */
export async function historyOfBatch(db: StreetLedgerDb, batchId: string): Promise<HistoryEntry[]> {
  return db.fieldHistory.where('batchId').equals(batchId).toArray();
}

/** The whole log, oldest first (the workbook's history sheet). */
export async function listHistory(db: StreetLedgerDb): Promise<HistoryEntry[]> {
  return db.fieldHistory.orderBy('at').toArray();
}
