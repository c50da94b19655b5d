// liveQuery stays silent unless a global indexedDB exists (dexie/Dexie.js#2046).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchIndex, type SearchKind } from '../../shared/search';
import { createCommunity, createEstate, updateEstate } from '../estates';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { SEARCH_PROVIDERS } from './providers';
import { watchSearchIndex } from './searchWatch';

let db: StreetLedgerDb;
let stop: () => void = () => undefined;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => {
  stop();
  db.close();
});

/** Resolves on the next change of `kind` for which `done` holds. */
function watch(index: SearchIndex) {
  const waiting: { kind: SearchKind; done: () => boolean; resolve: () => void }[] = [];
  stop = watchSearchIndex(db, index, Object.values(SEARCH_PROVIDERS), (kind) => {
    for (const w of [...waiting]) if (w.kind === kind && w.done()) { waiting.splice(waiting.indexOf(w), 1); w.resolve(); }
  }, (error) => { throw error; });
  // A change may have come in before the test asks for it.
  return (kind: SearchKind, done: () => boolean) => new Promise<void>((resolve) => (done() ? resolve() : waiting.push({ kind, done, resolve })));
}

const titles = (index: SearchIndex, text: string) => index.search(text).flatMap((g) => g.hits.map((h) => `${g.kind}:${h.document.title}`));

describe('the search index kept current', () => {
  it('indexes every kind from the database and follows each change', async () => {
    const community = await createCommunity(db, { name: '长春社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '翠湖小区', company: '重庆银行物业' });
    const index = new SearchIndex();
    const changed = watch(index);
    await changed('estate', () => index.size('estate') === 1);
    expect(titles(index, 'cuihu')).toEqual(['estate:翠湖小区']);
    expect(titles(index, 'cq')).toEqual(['estate:翠湖小区']);
    expect(titles(index, 'ccsq')).toEqual(['community:长春社区']);

    await updateEstate(db, estate.id, { name: '长春花园' }, { reason: '更名' });
    await changed('estate', () => titles(index, 'cchy').length === 1);
    expect(titles(index, 'cuihu')).toEqual([]);
  });
});
