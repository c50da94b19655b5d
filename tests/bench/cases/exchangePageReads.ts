import { liveQuery } from 'dexie';
import { listImportBatches } from '../../../renderer/db/importBatchRepository';
import type { StreetLedgerDb } from '../../../renderer/db/StreetLedgerDb';

/**
 * What the window holds while the exchange page is open, read as its hooks read it (live): the
 * list of import batches (the export panel reads the ledger only when a button is pressed). A
 * commit in the import worker makes the window re-read what it changed; that re-read runs on the
 * window's thread, so a benchmark of the import keeps it open and waits for it.
 */
export interface ExchangePageReads {
  /** Resolves once the batch list has been read again after a commit. */
  refreshed(timeoutMs: number): Promise<void>;
  close(): void;
}

export async function openExchangePageReads(db: StreetLedgerDb): Promise<ExchangePageReads> {
  let emitted = 0;
  let resolveFirst: () => void = () => undefined;
  const firstRead = new Promise<void>((resolve) => (resolveFirst = resolve));
  const subscription = liveQuery(() => listImportBatches(db)).subscribe({
    next: () => {
      emitted++;
      resolveFirst();
    },
  });
  await firstRead;
  const before = emitted;
  return {
    async refreshed(timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (emitted === before) {
        // The window must learn of a commit made in the worker; if it never does, the page would
        // show stale data, which is a failure, not a fast import.
        if (performance.now() > deadline) throw new Error('the window never re-read the batches the import wrote');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => subscription.unsubscribe(),
  };
}
