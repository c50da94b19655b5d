import { liveQuery } from 'dexie';

/**
 * A query's first result the way a page gets it: `useLiveQuery` runs its querier inside Dexie's
 * `liveQuery`, which records what the query read (index ranges, and for index queries the key of
 * every row returned) so it can re-run on a change. That bookkeeping is part of what opening a
 * page costs, so the app's side of a benchmark reads through here.
 */
export function firstLiveValue<T>(querier: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const subscription = liveQuery(querier).subscribe({
      next: (value) => {
        done = true;
        resolve(value);
        // `subscribe` may call `next` before it returns the subscription.
        queueMicrotask(() => subscription.unsubscribe());
      },
      error: (error: unknown) => {
        done = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    });
    if (done) subscription.unsubscribe();
  });
}
