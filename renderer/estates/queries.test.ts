// liveQuery stays silent unless a global indexedDB exists (dexie/Dexie.js#2046), even though
// each db here still runs on its own private factory.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Community } from '../../shared/estates/community';
import { createCommunity } from './communityRepository';
import { createEstate, deleteEstate } from './estateRepository';
import { countEstatesByCommunity, isDatabaseEmpty } from './queries';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

/**
 * Subscribes as useLiveQuery does and resolves with the first value satisfying `until`; a live
 * query may first emit a stale value, which is skipped. Rejects if none comes within 2 s.
 */
function nextValue<T>(query: () => Promise<T>, until: (value: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.unsubscribe();
      reject(new Error('the live query did not emit the expected value'));
    }, 2000);
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        if (!until(value)) return;
        clearTimeout(timer);
        resolve(value);
        queueMicrotask(() => subscription.unsubscribe());
      },
      error: reject,
    });
  });
}

describe('isDatabaseEmpty', () => {
  it('is true until the first community, and a live query sees the change', async () => {
    expect(await isDatabaseEmpty(db)).toBe(true);
    const emptied = nextValue(() => isDatabaseEmpty(db), (empty) => !empty);
    await createCommunity(db, { name: '太平社区' });
    expect(await emptied).toBe(false);
  });
});

describe('countEstatesByCommunity', () => {
  let taiping: Community;
  let pailou: Community;
  beforeEach(async () => {
    taiping = await createCommunity(db, { name: '太平社区' });
    pailou = await createCommunity(db, { name: '牌楼社区' });
  });

  it('counts estates per community and leaves out communities without any', async () => {
    for (const name of ['一号院', '二号院', '三号院']) await createEstate(db, { communityId: taiping.id, name });
    await createEstate(db, { communityId: pailou.id, name: '一号院' });
    const empty = await createCommunity(db, { name: '石峰村' });
    const counts = await countEstatesByCommunity(db);
    expect(Object.fromEntries(counts)).toEqual({ [taiping.id]: 3, [pailou.id]: 1 });
    expect(counts.has(empty.id)).toBe(false);
  });

  it('follows writes live', async () => {
    const estate = await createEstate(db, { communityId: taiping.id, name: '一号院' });
    const afterAdd = nextValue(() => countEstatesByCommunity(db), (c) => c.get(pailou.id) === 1);
    await createEstate(db, { communityId: pailou.id, name: '二号院' });
    expect(Object.fromEntries(await afterAdd)).toEqual({ [taiping.id]: 1, [pailou.id]: 1 });
    const afterDelete = nextValue(() => countEstatesByCommunity(db), (c) => !c.has(taiping.id));
    await deleteEstate(db, estate.id);
    expect(Object.fromEntries(await afterDelete)).toEqual({ [pailou.id]: 1 });
  });
});
