import { describe, expect, it } from 'vitest';
import { updateEstate } from '../../estates';
import { historyOfEstate } from '../../history/historyRepository';
import { openAfterUpgrade } from '../testing/migrationHarness';
import type { V1CommunityRow, V1EstateRow } from './v1';
import { asUpgradedEstate } from '../testing/upgradedEstate';

const community: V1CommunityRow = {
  id: 'c-wanan', name: '万安社区', nameKey: '万安社区', kind: 'community', director: '', phone: '',
  planned: { total: 31, class1: 2, class2: 8, class3: 21 }, createdAt: 1_600_000_000_000, updatedAt: 1_600_000_000_000,
};
// Folded by an older release: the upgrade must leave it exactly so (what was typed is gone).
const estate: V1EstateRow = {
  id: 'e-1', communityId: 'c-wanan', name: '锦绣花园(东区)', nameKey: '锦绣花园(东区)', estateClass: 1, mode: 'market', company: '某物业',
  buildings: 12, households: 100, floorArea: null, address: '桂花路12号(东门)', pilot: false, notes: '老旧小区,需加装电梯', createdAt: 1_600_000_000_001, updatedAt: 1_600_000_000_001,
};

describe('schema v5: field history', () => {
  it('opens a v4 database with its rows untouched and no history, then logs the first edit', async () => {
    const db = await openAfterUpgrade(4, async (old) => {
      await old.table<V1CommunityRow>('communities').add(community);
      await old.table<V1EstateRow>('estates').add(estate);
      await old.table('importBatches').add({ id: 'b-1', kind: 'inventory', fileName: 'a.xlsx', sheets: [], operator: '', committedAt: 1, counts: { added: 0, changed: 0, unchanged: 0, invalid: 0, skipped: 0 }, entries: [], undoneAt: null });
    });
    expect(await db.estates.get('e-1')).toEqual(asUpgradedEstate(estate));
    expect(await db.communities.get('c-wanan')).toEqual(community);
    expect(await db.importBatches.count()).toBe(1);
    expect(await db.fieldHistory.count()).toBe(0);

    await updateEstate(db, 'e-1', { company: '新物业' });
    expect((await historyOfEstate(db, 'e-1')).map((e) => [e.field, e.before, e.after])).toEqual([['company', '某物业', '新物业']]);
    expect((await db.estates.get('e-1'))?.address).toBe('桂花路12号(东门)');
    db.close();
  });
});
