import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/*
 * Read-only queries for live hooks: plain Dexie reads, so `liveQuery` can observe exactly the
 * tables and index ranges they touch.
 */

/** Estates per community id, read from the communityId index without loading the rows. */
export async function countEstatesByCommunity(db: StreetLedgerDb): Promise<ReadonlyMap<string, number>> {
  const counts = new Map<string, number>();
  const communityIds = await db.estates.orderBy('communityId').keys();
  for (const key of communityIds) {
    const id = String(key);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** No communities means nothing has been entered yet (estates cannot exist without one). */
export async function isDatabaseEmpty(db: StreetLedgerDb): Promise<boolean> {
  return (await db.communities.count()) === 0;
}
