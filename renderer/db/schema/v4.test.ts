import { describe, expect, it } from 'vitest';
import { undoImportBatch } from '../importBatchRepository';
import { commitExchangeImport, diffExchange } from '../../exchange/exchangeImport';
import { analyseInventory } from '../../../shared/exchange/testing/analyseInventory';
import { openAfterUpgrade } from '../testing/migrationHarness';
import type { V1CommunityRow, V1EstateRow } from './v1';
import { asUpgradedEstate } from '../testing/upgradedEstate';

const community: V1CommunityRow = {
  id: 'c-wanan', name: '万安社区', nameKey: '万安社区', kind: 'community', director: '', phone: '',
  planned: { total: 31, class1: 2, class2: 8, class3: 21 }, createdAt: 1_600_000_000_000, updatedAt: 1_600_000_000_000,
};
const estate: V1EstateRow = {
  id: 'e-1', communityId: 'c-wanan', name: '锦绣花园', nameKey: '锦绣花园', estateClass: 1, mode: 'market', company: '某物业',
  buildings: 12, households: 100, floorArea: null, address: '', pilot: false, notes: '', createdAt: 1_600_000_000_001, updatedAt: 1_600_000_000_001,
};

describe('schema v4: import batches', () => {
  it('opens a v3 database with its records intact, and a first import on it can be undone', async () => {
    const db = await openAfterUpgrade(3, async (old) => {
      await old.table<V1CommunityRow>('communities').add(community);
      await old.table<V1EstateRow>('estates').add(estate);
    });
    expect(await db.estates.get('e-1')).toEqual(asUpgradedEstate(estate));
    expect(await db.importBatches.count()).toBe(0);
    expect(await db.columnMappings.count()).toBe(0);

    const bytes = new TextEncoder().encode('社区,小区名称,户数\n万安社区,锦绣花园,120\n万安社区,滨江苑,80\n');
    const analysis = await analyseInventory(bytes, 'a.csv', { existingCommunities: await db.communities.toArray() });
    const rules = { defaultTermYears: 5 };
    const previewed = await diffExchange(db, analysis, rules);
    const [batch] = await commitExchangeImport(db, { analysis, previewed, rules, fileName: 'a.csv', operator: '' });
    expect(await db.estates.count()).toBe(2);
    await undoImportBatch(db, batch!.id);
    expect(await db.estates.toArray()).toEqual([asUpgradedEstate(estate)]);
    db.close();
  });
});
