import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../shared/search';
import { estateSearchProvider, updateEstate } from '../../estates';
import { openAfterUpgrade } from '../testing/migrationHarness';
import type { V1CommunityRow, V1EstateRow } from './v1';

/* Version 12 (estate aliases) is reserved right after v11, the version these rows are seeded at. */
const V11 = 11;
const at = 1_700_000_000_000;
const community: V1CommunityRow = {
  id: 'c-1', name: '融城社区', nameKey: '融城社区', kind: 'community', director: '', phone: '',
  planned: { total: null, class1: null, class2: null, class3: null }, createdAt: at, updatedAt: at,
};
const estate = (id: string, name: string): V1EstateRow & { companyId: null } => ({
  id, communityId: 'c-1', name, nameKey: name, estateClass: 1, mode: 'market', company: '', companyId: null,
  buildings: null, households: 300, floorArea: null, address: '桂花路12号（东门）', pilot: false, notes: '', createdAt: at, updatedAt: at,
});

describe('schema v12: estate aliases', () => {
  it('gives every estate of v11 an empty alias list and changes nothing else, logging nothing', async () => {
    const db = await openAfterUpgrade(V11, async (old) => {
      await old.table('communities').add(community);
      await old.table('estates').bulkAdd([estate('e-1', '万家花园'), estate('e-2', '阳光城')]);
    });
    expect(await db.estates.get('e-1')).toEqual({ ...estate('e-1', '万家花园'), aliases: [] });
    expect((await db.estates.toArray()).map((e) => e.aliases)).toEqual([[], []]);
    expect(await db.fieldHistory.count()).toBe(0);
    db.close();
  });

  it('lets an upgraded estate take aliases, logged like any field and found by the search', async () => {
    const db = await openAfterUpgrade(V11, async (old) => {
      await old.table('communities').add(community);
      await old.table('estates').add(estate('e-1', '万家花园'));
    });
    await updateEstate(db, 'e-1', { aliases: ['万家苑', '万家花园二期'] });
    expect((await db.estates.get('e-1'))?.aliases).toEqual(['万家苑', '万家花园二期']);
    const logged = await db.fieldHistory.where('[kind+recordId]').equals(['estate', 'e-1']).toArray();
    expect(logged.map((e) => [e.field, e.before, e.after])).toEqual([['aliases', [], ['万家苑', '万家花园二期']]]);
    const index = new SearchIndex();
    index.replaceKind('estate', await estateSearchProvider.documents(db));
    expect(index.search('wjy').flatMap((g) => g.hits.map((h) => h.document.title))).toEqual(['万家花园']);
    db.close();
  });
});
