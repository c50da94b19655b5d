import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DUTY_RULES } from '../../shared/dashboard';
import { uncheckedCategories, type Inspection, type InspectionKind } from '../../shared/inspections';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { createCommunity, createEstate } from '../estates';
import { readDashboard } from './dashboardReads';

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const TODAY = '2024-06-12';
const rules = { ...DEFAULT_DUTY_RULES, termExpiryWarningMonths: 3, acceptanceThreshold: 0.85 };
let n = 0;
const inspection = (estateId: string, inspectedOn: string, kind: InspectionKind): Inspection => ({
  id: `i${++n}`, estateId, inspectedOn, time: '', kind, inspectors: [], categories: uncheckedCategories(), score: null, findings: '', photoCount: 0, createdAt: n, updatedAt: n,
});

describe('the dashboard read from the database', () => {
  it('counts inspections per week and kind, this week\'s spot-check days and yesterday\'s patrols by index', async () => {
    const community = await createCommunity(db, { name: '万安社区' });
    const centre = await createEstate(db, { communityId: community.id, name: '托管小区', mode: '街道托管' });
    const other = await createEstate(db, { communityId: community.id, name: '锦绣花园', mode: '市场化' });
    await db.inspections.bulkAdd([
      inspection(centre.id, '2024-06-10', 'spotCheck'),
      inspection(other.id, '2024-06-10', 'spotCheck'),
      inspection(other.id, '2024-06-11', 'patrol'),
      inspection(centre.id, '2024-06-11', 'patrol'),
      inspection(centre.id, '2024-06-11', 'patrol'),
      inspection(centre.id, '2024-06-04', 'campaign'),
      // Before the twelve weeks shown: not counted anywhere.
      inspection(centre.id, '2024-01-02', 'campaign'),
    ]);
    const data = await readDashboard(db, TODAY, rules);
    expect(data.inspections).toHaveLength(12);
    expect(data.inspections.at(-1)).toMatchObject({ from: '2024-06-10', byKind: { spotCheck: 2, patrol: 3, campaign: 0 } });
    expect(data.inspections.at(-2)!.byKind.campaign).toBe(1);
    expect(data.inspections.reduce((sum, w) => sum + w.byKind.campaign, 0)).toBe(1);
    expect(data.duties.spotCheck).toMatchObject({ days: 1, met: true });
    expect(data.duties.patrol).toMatchObject({ day: '2024-06-11', estates: 1, short: 0, met: true });
    expect(data.classes.map((c) => c.inventory.total)).toEqual([2]);
  });
});
