import type { ImportBatch, ImportBatchSummary } from '../../shared/exchange/importBatch';
import type { StreetLedgerDb } from './StreetLedgerDb';

/**
 * A batch is stored as two rows: its summary (what the list shows, read live in the window)
 * and its entries (what undo needs, read only by undo). Callers keep seeing one `ImportBatch`.
 */

export function summaryOf({ entries: _entries, ...summary }: ImportBatch): ImportBatchSummary {
  return summary;
}

/** Inside the caller's transaction, which must include both tables. */
export async function storeImportBatch(db: StreetLedgerDb, batch: ImportBatch): Promise<void> {
  await db.importBatches.add(summaryOf(batch));
  await db.importBatchEntries.add({ batchId: batch.id, entries: batch.entries });
}

export async function loadImportBatch(db: StreetLedgerDb, batchId: string): Promise<ImportBatch | undefined> {
  const [summary, stored] = await Promise.all([db.importBatches.get(batchId), db.importBatchEntries.get(batchId)]);
  if (!summary) return undefined;
  // A batch restored from a backup made before version 6 still carries its entries inline.
  const inline = (summary as Partial<ImportBatch>).entries;
  return { ...summary, entries: stored?.entries ?? inline ?? [] };
}
