import { describe, expect, it } from 'vitest';
import { openAfterUpgrade } from '../testing/migrationHarness';
import type { V1CommunityRow, V1EstateRow } from './v1';

const at = 1_700_000_000_000;
const community: V1CommunityRow = {
  id: 'c-wanan', name: '万安社区', nameKey: '万安社区', kind: 'community', director: '', phone: '',
  planned: { total: null, class1: null, class2: null, class3: null }, createdAt: at, updatedAt: at,
};
const estate: V1EstateRow = {
  id: 'e-1', communityId: 'c-wanan', name: '锦绣花园', nameKey: '锦绣花园', estateClass: 1, mode: 'streetCentre', company: '',
  buildings: null, households: 100, floorArea: null, address: '', pilot: false, notes: '', createdAt: at, updatedAt: at,
};
const check = { result: 'pass', note: '', mark: null };
/** An inspection as version 3 (and every version up to 6) stores it. */
const inspection = (id: string, inspectedOn: string, kind: string) => ({
  id, estateId: 'e-1', inspectedOn, time: '09:00', kind, inspectors: ['张敏'],
  categories: { publicOrder: check, sanitation: check, security: check, facilities: check, greening: check, other: check },
  score: null, findings: '', photoCount: 0, createdAt: at, updatedAt: at,
});

// Seeded at version 8, the one below (9 was never used).
describe('schema v10: inspections by kind and day', () => {
  it('indexes the inspections a v6 database holds, which are otherwise untouched', async () => {
    const rows = [inspection('i-1', '2024-06-10', 'spotCheck'), inspection('i-2', '2024-06-11', 'patrol'), inspection('i-3', '2024-06-11', 'patrol'), inspection('i-4', '2024-06-20', 'patrol')];
    const db = await openAfterUpgrade(8, async (old) => {
      await old.table<V1CommunityRow>('communities').add(community);
      await old.table<V1EstateRow>('estates').add(estate);
      await old.table('inspections').bulkAdd(rows);
    });
    expect(await db.inspections.where('[kind+inspectedOn]').between(['patrol', '2024-06-10'], ['patrol', '2024-06-16'], true, true).count()).toBe(2);
    expect(await db.inspections.where('[kind+inspectedOn]').equals(['spotCheck', '2024-06-10']).primaryKeys()).toEqual(['i-1']);
    expect(await db.inspections.toArray()).toEqual(rows);
    db.close();
  });

  it('indexes the notices by the day they were closed; open ones (closedOn null) are not in the index', async () => {
    const notice = (id: string, serial: number, closedOn: string | null) => ({
      id, year: 2024, serial, number: `〔2024〕第${serial}号`, estateId: 'e-1', inspectionId: null, issuedOn: '2024-05-02', responsibleParty: '', items: [],
      deadline: '2024-05-09', originalDeadline: '2024-05-09', status: closedOn ? 'closed' : 'pending', events: [], closedOn, createdAt: at, updatedAt: at,
    });
    const db = await openAfterUpgrade(8, async (old) => {
      await old.table<V1CommunityRow>('communities').add(community);
      await old.table<V1EstateRow>('estates').add(estate);
      await old.table('notices').bulkAdd([notice('n-1', 1, '2024-06-01'), notice('n-2', 2, null), notice('n-3', 3, '2024-05-31')]);
    });
    expect(await db.notices.where('closedOn').between('2024-06-01', '2024-06-30', true, true).primaryKeys()).toEqual(['n-1']);
    expect(await db.notices.orderBy('closedOn').count()).toBe(2);
    expect(await db.notices.count()).toBe(3);
    db.close();
  });
});
