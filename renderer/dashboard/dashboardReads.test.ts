import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DUTY_RULES } from '../../shared/dashboard';
import { uncheckedCategories, type Inspection, type InspectionKind, type RectificationNotice } from '../../shared/inspections';
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

  it('counts notices issued and closed per month, and the open ones past their deadline', async () => {
    const community = await createCommunity(db, { name: '万安社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园' });
    const notice = (id: string, serial: number, issuedOn: string, deadline: string, status: RectificationNotice['status'], closedOn: string | null): RectificationNotice => ({
      id, year: 2024, serial, number: `〔2024〕第${serial}号`, estateId: estate.id, inspectionId: null, issuedOn, responsibleParty: '', items: [],
      deadline, originalDeadline: deadline, status, events: [], closedOn, createdAt: serial, updatedAt: serial,
    });
    await db.notices.bulkAdd([
      notice('n1', 1, '2024-05-02', '2024-05-09', 'closed', '2024-06-01'),
      notice('n2', 2, '2024-06-01', '2024-06-08', 'pending', null),
      notice('n3', 3, '2024-06-10', '2024-06-17', 'reported', null),
      // Issued long before the months shown, still open: overdue all the same.
      notice('n4', 4, '2023-01-05', '2023-01-12', 'reopened', null),
    ]);
    const data = await readDashboard(db, TODAY, rules);
    expect(data.notices.at(-1)).toMatchObject({ from: '2024-06-01', issued: 2, closed: 1, overdue: 1 });
    expect(data.notices.at(-2)).toMatchObject({ from: '2024-05-01', issued: 1, closed: 0, overdue: 0 });
    expect(data.duties.overdueNotices).toEqual({ count: 2, met: false });
  });
});
