import { liveQuery } from 'dexie';
import type { SearchIndex, SearchKind, SearchProvider } from '../../shared/search';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/**
 * Keeps `index` current: each provider's read runs as a live query, so when any table it read
 * changes (in this thread, the window, or another worker: Dexie tells every context of the
 * database), that kind is read again and replaced whole. `onChange` hears which kind changed.
 * Returns the way to stop watching.
 */
export function watchSearchIndex(
  db: StreetLedgerDb,
  index: SearchIndex,
  providers: readonly SearchProvider<StreetLedgerDb>[],
  onChange: (kind: SearchKind) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscriptions = providers.map((provider) =>
    liveQuery(() => provider.documents(db)).subscribe({
      next: (documents) => {
        index.replaceKind(provider.kind, documents);
        onChange(provider.kind);
      },
      error: onError,
    }),
  );
  return () => subscriptions.forEach((s) => s.unsubscribe());
}
