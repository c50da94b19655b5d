import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sumPlanned } from '../../shared/estates/classSummary';
import { createCommunity, listCommunities } from './communityRepository';
import { loadExampleStreet } from './loadExampleStreet';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('loadExampleStreet', () => {
  it("loads plan 5's nine communities, 176 estates planned, in the plan's order", async () => {
    const result = await loadExampleStreet(db);
    expect(result.status).toBe('loaded');
    const stored = await listCommunities(db);
    expect(stored.map((c) => c.name)).toEqual([
      '印盒石社区', '观音岩社区', '万安社区', '石峰村', '太平社区', '大河沟社区', '搭马桥社区', '袁家墩社区', '牌楼社区',
    ]);
    expect(sumPlanned(stored.map((c) => c.planned))).toEqual({ total: 176, class1: 21, class2: 55, class3: 90 });
    expect(stored.find((c) => c.name === '石峰村')?.kind).toBe('village');
    expect(result.status === 'loaded' && result.communities).toEqual(stored);
  });

  it('refuses a street that already has communities and adds nothing', async () => {
    const own = await createCommunity(db, { name: '自建社区' });
    expect(await loadExampleStreet(db)).toEqual({ status: 'notEmpty', existingCommunities: 1 });
    expect(await listCommunities(db)).toEqual([own]);
  });

  it('refuses a second load', async () => {
    await loadExampleStreet(db);
    expect(await loadExampleStreet(db)).toEqual({ status: 'notEmpty', existingCommunities: 9 });
    expect(await db.communities.count()).toBe(9);
  });

  it('adds none of the nine when it is interrupted half-way', async () => {
    // Fail the fifth write, as a full disk or a closing window would.
    db.communities.hook('creating', (_key, row) => {
      if (row.name === '太平社区') throw new Error('disk full');
    });
    await expect(loadExampleStreet(db)).rejects.toThrow('disk full');
    expect(await db.communities.count()).toBe(0);
  });
});
