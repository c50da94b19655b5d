import { liveQuery } from 'dexie';
import { listCommunities } from '../../../renderer/db/communityRepository';
import { allCommitteeRecords } from '../../../renderer/db/committeeQueries';
import { listEstates } from '../../../renderer/db/estateRepository';
import { listImportBatches } from '../../../renderer/db/importBatchRepository';
import type { StreetLedgerDb } from '../../../renderer/db/StreetLedgerDb';

/**
 * What the window holds while the exchange page is open, read as its hooks read it (live):
 * the export panel's communities, estates and committee records, and the list of import
 * batches. A commit in the import worker makes the window re-read what it changed; that re-read
 * runs on the window's thread, so a benchmark of the import keeps these open and waits for it.
 */
export interface ExchangePageReads {
  /** Resolves once the estates and the batch list have been read again after a commit. */
  refreshed(timeoutMs: number): Promise<void>;
  close(): void;
}

export async function openExchangePageReads(db: StreetLedgerDb): Promise<ExchangePageReads> {
  const emitted = { estates: 0, batches: 0 };
  const firstRead: Promise<void>[] = [];
  const subscriptions = [
    { query: () => listCommunities(db) },
    { query: () => allCommitteeRecords(db) },
    { query: () => listEstates(db), count: 'estates' as const },
    { query: () => listImportBatches(db), count: 'batches' as const },
  ].map(({ query, count }) => {
    let resolveFirst: () => void = () => undefined;
    firstRead.push(new Promise<void>((resolve) => (resolveFirst = resolve)));
    return liveQuery<unknown>(query).subscribe({
      next: () => {
        if (count) emitted[count]++;
        resolveFirst();
      },
    });
  });
  await Promise.all(firstRead);
  const before = { ...emitted };
  return {
    async refreshed(timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (emitted.estates === before.estates || emitted.batches === before.batches) {
        // The window must learn of a commit made in the worker; if it never does, the page would
        // show stale data, which is a failure, not a fast import.
        if (performance.now() > deadline) throw new Error('the window never re-read the estates or batches the import wrote');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => subscriptions.forEach((s) => s.unsubscribe()),
  };
}
