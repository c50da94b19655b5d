import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coverageFacts } from '../../shared/committees';
import { DEFAULT_DUTY_RULES, type DashboardData } from '../../shared/dashboard';
import { messagesFor } from '../../shared/i18n/catalogs';
import { filterInspections, filterNotices, filterSurveys } from '../../shared/inspections/ledgerFilter';
import { uncheckedCategories, type Inspection, type InspectionKind, type RectificationNotice } from '../../shared/inspections';
import type { Route } from '../app/useHashRoute';
import { allCommitteeRecords } from '../committees/committeeQueries';
import { createAssemblyMeeting } from '../committees/committeePreparationRepository';
import { createCommitteeTerm, updateCommitteeTerm } from '../committees/committeeTermRepository';
import { committeeStatusesOn } from '../committees/useCommitteeStatuses';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { createCommunity, createEstate } from '../estates';
import { estateFilterOfQuery, filterEstates, indexEstates } from '../estates/estateFilter';
import { queryInspections } from '../inspections/inspectionRepository';
import { inspectionFilterOfQuery, noticeFilterOfQuery, surveyFilterOfQuery } from '../inspections/ledgerQueryFilters';
import { createSurvey, listSurveys } from '../inspections/surveyRepository';
import { queryNotices } from '../inspections/noticeRepository';
import { dashboardCharts, type DashboardChart } from './chartOptions';
import { readDashboard } from './dashboardReads';

/*
 * Every bar of a chart opens a ledger showing exactly the rows the bar counts: the bar's value
 * from the dashboard's own reads, the ledger's rows through the same query-to-filter functions,
 * repository reads and filters its page uses.
 */
let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const TODAY = '2024-06-12';
const rules = { ...DEFAULT_DUTY_RULES, termExpiryWarningMonths: 3, acceptanceThreshold: 0.85 };
const m = messagesFor('zh-CN');

let n = 0;
const inspection = (estateId: string, inspectedOn: string, kind: InspectionKind): Inspection => ({
  id: `i${++n}`, estateId, inspectedOn, time: '', kind, inspectors: [], categories: uncheckedCategories(), score: null, findings: '', photoCount: 0, createdAt: n, updatedAt: n,
});
const notice = (estateId: string, issuedOn: string, deadline: string, status: RectificationNotice['status'], closedOn: string | null): RectificationNotice => {
  const serial = ++n;
  return {
    id: `n${serial}`, year: Number(issuedOn.slice(0, 4)), serial, number: `〔${issuedOn.slice(0, 4)}〕第${serial}号`, estateId, inspectionId: null, issuedOn, responsibleParty: '', items: [],
    deadline, originalDeadline: deadline, status, events: [], closedOn, createdAt: serial, updatedAt: serial,
  };
};

/** A street with notices closed in another month than issued, overdue ones of old, and committees at every stage. */
async function seedStreet(): Promise<void> {
  const wanan = await createCommunity(db, { name: '万安社区' });
  const taiping = await createCommunity(db, { name: '太平社区' });
  const estates = [];
  for (let i = 0; i < 8; i++) estates.push(await createEstate(db, { communityId: i % 3 === 0 ? taiping.id : wanan.id, name: `小区${i}`, estateClass: (i % 3) + 1 }));
  const [e0, e1, e2, e3, e4, e5] = estates.map((e) => e.id) as [string, string, string, string, string, string];
  await db.notices.bulkAdd([
    // Issued in April, closed in May: 下发 counts it in April, 办结 in May.
    notice(e0, '2024-04-03', '2024-04-20', 'closed', '2024-05-06'),
    notice(e1, '2024-05-02', '2024-05-09', 'closed', '2024-05-30'),
    notice(e1, '2024-05-20', '2024-06-01', 'closed', '2024-06-03'),
    // Open past deadlines that fell in May and June; one from a year before the months shown.
    notice(e2, '2024-05-02', '2024-05-16', 'pending', null),
    notice(e3, '2024-05-25', '2024-06-05', 'reported', null),
    notice(e4, '2024-06-01', '2024-06-11', 'reopened', null),
    notice(e5, '2023-05-05', '2023-05-20', 'pending', null),
    // Open, deadline still to come: not overdue.
    notice(e5, '2024-06-10', '2024-06-20', 'pending', null),
    // Issued before the chart's months, deadline in them, closed: only in 办结.
    notice(e2, '2023-06-01', '2023-06-30', 'closed', '2024-01-15'),
  ]);
  await db.inspections.bulkAdd([
    inspection(e0, '2024-06-10', 'spotCheck'),
    inspection(e1, '2024-06-11', 'patrol'),
    inspection(e1, '2024-06-09', 'patrol'),
    inspection(e2, '2024-05-13', 'campaign'),
  ]);
  // Surveys: two passing, one to make up (by the threshold of its day), one before the months shown.
  await createSurvey(db, { estateId: e0, surveyedOn: '2024-06-01', surveyed: 100, satisfied: 90 }, 0.85);
  await createSurvey(db, { estateId: e3, surveyedOn: '2024-03-01', surveyed: 100, satisfied: 95 }, 0.85);
  await createSurvey(db, { estateId: e1, surveyedOn: '2024-05-01', surveyed: 100, satisfied: 60 }, 0.85);
  await createSurvey(db, { estateId: e2, surveyedOn: '2023-01-01', surveyed: 100, satisfied: 60 }, 0.85);
  // Committees: assembly only; committee not filed; filed; expired (filed).
  const termRules = { defaultTermYears: 5 };
  await createAssemblyMeeting(db, { estateId: e0, kind: 'first', heldOn: '2023-03-01', attendingOwners: 100 });
  await createAssemblyMeeting(db, { estateId: e1, kind: 'first', heldOn: '2023-03-01', attendingOwners: 100 });
  await createCommitteeTerm(db, { estateId: e1, termNumber: 1, electedOn: '2023-03-01' }, termRules);
  await createAssemblyMeeting(db, { estateId: e2, kind: 'first', heldOn: '2022-03-01', attendingOwners: 100 });
  const filed = await createCommitteeTerm(db, { estateId: e2, termNumber: 1, electedOn: '2022-03-01' }, termRules);
  await updateCommitteeTerm(db, filed.id, { filedOn: '2022-03-20', filingNumber: '备1' }, termRules);
  await createAssemblyMeeting(db, { estateId: e3, kind: 'first', heldOn: '2018-03-01', attendingOwners: 100 });
  const expired = await createCommitteeTerm(db, { estateId: e3, termNumber: 1, electedOn: '2018-03-01', endOn: '2023-03-01' }, termRules);
  await updateCommitteeTerm(db, expired.id, { filedOn: '2018-03-20', filingNumber: '备0' }, termRules);
}

/** The rows the ledger a route opens shows, read and filtered as its page does. */
async function ledgerRows(route: Route): Promise<number> {
  const estates = await db.estates.toArray();
  const communityOf = (estateId: string) => estates.find((e) => e.id === estateId)?.communityId;
  const estateIdsOf = (ids: readonly string[]) => (ids.length === 0 ? null : estates.filter((e) => ids.includes(e.communityId)).map((e) => e.id));
  if (route.page === 'estates') {
    const statuses = committeeStatusesOn(await allCommitteeRecords(db), TODAY, { termExpiryWarningMonths: rules.termExpiryWarningMonths });
    return filterEstates(indexEstates(estates), estateFilterOfQuery(route.query), null, (id) => coverageFacts(statuses.of(id))).length;
  }
  if (route.page === 'inspections' && route.query?.tab === 'notices') {
    const filter = noticeFilterOfQuery(route.query);
    const rows = await queryNotices(db, { from: filter.from, to: filter.to, estateIds: estateIdsOf(filter.communityIds), dateField: filter.dateField });
    return filterNotices(rows, filter, communityOf, TODAY).length;
  }
  if (route.page === 'inspections' && route.query?.tab === 'inspections') {
    const filter = inspectionFilterOfQuery(route.query);
    const rows = await queryInspections(db, { from: filter.from, to: filter.to, estateIds: estateIdsOf(filter.communityIds) });
    return filterInspections(rows, filter, communityOf).length;
  }
  if (route.page === 'inspections' && route.query?.tab === 'surveys') {
    return filterSurveys(await listSurveys(db), surveyFilterOfQuery(route.query), communityOf).length;
  }
  throw new Error(`no ledger for ${JSON.stringify(route)}`);
}

/** Every bar of `chart` with a value, as [series, category, value, the ledger's rows]. */
async function barsAgainstLedgers(chart: DashboardChart, skipSeries: readonly number[] = []): Promise<[string, number, number, number][]> {
  const out: [string, number, number, number][] = [];
  const series = chart.option.series as { name: string; data: (number | null)[] }[];
  for (const [seriesIndex, s] of series.entries()) {
    if (skipSeries.includes(seriesIndex)) continue;
    for (const [dataIndex, value] of s.data.entries()) {
      const route = chart.routeOf({ seriesIndex, dataIndex });
      expect(route, `${s.name} #${dataIndex} opens a ledger`).not.toBeNull();
      out.push([s.name, dataIndex, value ?? 0, await ledgerRows(route!)]);
    }
  }
  return out;
}

const chartOf = (data: DashboardData, key: DashboardChart['key']) => dashboardCharts(data, m).find((c) => c.key === key)!;

describe('a chart\'s bar opens the ledger of exactly what it counts', () => {
  beforeEach(seedStreet);

  it('notices issued, closed and overdue per month', async () => {
    const chart = chartOf(await readDashboard(db, TODAY, rules), 'notices');
    const bars = await barsAgainstLedgers(chart);
    for (const [, , value, rows] of bars) expect(rows).toBe(value);
    // The seed is not all zeros: each series has bars that count something.
    const total = (name: string) => bars.filter(([s]) => s === name).reduce((sum, [, , v]) => sum + v, 0);
    expect([total(m.dashboard.series.issued), total(m.dashboard.series.closed), total(m.dashboard.series.overdue)]).toEqual([7, 4, 3]);
  });

  it('committee coverage per community: estates, with an assembly, with a committee, filed, expired', async () => {
    const chart = chartOf(await readDashboard(db, TODAY, rules), 'coverage');
    const bars = await barsAgainstLedgers(chart);
    for (const [, , value, rows] of bars) expect(rows).toBe(value);
    expect(bars.reduce((sum, [, , v]) => sum + v, 0)).toBe(8 + 4 + 3 + 2 + 1);
  });

  it('estates by class per community (the plan\'s numbers are not a ledger of their own)', async () => {
    const chart = chartOf(await readDashboard(db, TODAY, rules), 'classes');
    const planned = (chart.option.series as unknown[]).length - 1;
    const bars = await barsAgainstLedgers(chart, [planned]);
    for (const [, , value, rows] of bars) expect(rows).toBe(value);
    expect(bars.reduce((sum, [, , v]) => sum + v, 0)).toBe(8);
  });

  it('inspections per week by kind', async () => {
    const chart = chartOf(await readDashboard(db, TODAY, rules), 'inspections');
    const bars = await barsAgainstLedgers(chart);
    for (const [, , value, rows] of bars) expect(rows).toBe(value);
    expect(bars.reduce((sum, [, , v]) => sum + v, 0)).toBe(4);
  });
});

describe('acceptance results', () => {
  beforeEach(seedStreet);

  it('opens the community\'s surveys of that outcome in the months shown', async () => {
    const chart = chartOf(await readDashboard(db, TODAY, rules), 'acceptance');
    const bars = await barsAgainstLedgers(chart);
    for (const [, , value, rows] of bars) expect(rows).toBe(value);
    expect(bars.reduce((sum, [, , v]) => sum + v, 0)).toBe(3);
  });
});
