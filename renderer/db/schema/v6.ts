import type { Transaction } from 'dexie';
import type { SchemaVersion } from './schemaVersion';

/** A batch as versions 4 and 5 stored it: the summary and its entries in one row. */
export interface V4ImportBatchRow {
  readonly id: string;
  readonly committedAt: number;
  readonly entries?: readonly unknown[];
  readonly [field: string]: unknown;
}

/**
 * Version 6: a batch's entries move to their own table, keyed by the batch. The batch list is
 * read live in the window; with the entries in the same row, a 100,000-row import made the
 * window deserialise 100,000 ids (a 470 ms task) to show one line of it.
 */
export const v6 = {
  version: 6,
  stores: {
    importBatchEntries: 'batchId',
  },
  upgrade: async (tx: Transaction) => {
    const batches = await tx.table<V4ImportBatchRow>('importBatches').toArray();
    await tx.table('importBatchEntries').bulkAdd(batches.map((b) => ({ batchId: b.id, entries: b.entries ?? [] })));
    await tx.table<V4ImportBatchRow>('importBatches').toCollection().modify((b: { entries?: unknown }) => {
      delete b.entries;
    });
  },
} as const satisfies SchemaVersion;
