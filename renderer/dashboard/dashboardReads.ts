import { Dexie } from 'dexie';
import { dashboardRange, dashboardWeeks, patrolDay, summariseDashboard, weekOf, type DashboardData, type DashboardInput } from '../../shared/dashboard';
import { INSPECTION_KINDS, OPEN_STATUSES, type InspectionKind, type RectificationNotice } from '../../shared/inspections';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { listCommunities } from '../estates';

export type DashboardRules = DashboardInput['rules'];

/** Inspections per week and kind: one count of the [kind+inspectedOn] index each, no rows read. */
async function countInspections(db: StreetLedgerDb, today: string): Promise<DashboardInput['inspectionWeeks']> {
  const weeks = dashboardWeeks(today);
  return Promise.all(
    weeks.map(async (week) => {
      const counts = await Promise.all(INSPECTION_KINDS.map((kind) => db.inspections.where('[kind+inspectedOn]').between([kind, week.from], [kind, week.to], true, true).count()));
      const byKind = Object.fromEntries(INSPECTION_KINDS.map((kind, i) => [kind, counts[i]!])) as Record<InspectionKind, number>;
      return { ...week, byKind };
    }),
  );
}

/**
 * What the dashboard reads, by index: inspections as counts and key ranges of [kind+inspectedOn]
 * (only yesterday's patrols are read as rows), surveys and notices only in the months the charts
 * show (their date indexes) plus the notices open past their deadline ([status+deadline]). The
 * whole-table reads are the ones of one row per estate or fewer (communities, estates, committee
 * records), which the coverage needs in full.
 */
export async function readDashboardInput(db: StreetLedgerDb, today: string, rules: DashboardRules): Promise<DashboardInput> {
  const { monthsFrom } = dashboardRange(today);
  const week = weekOf(today);
  const [communities, estates, groups, meetings, terms, inspectionWeeks, spotChecks, patrols, issued, overdue, surveys] = await Promise.all([
    // In the office's order, as the class table and the coverage report list them.
    listCommunities(db),
    db.estates.toArray(),
    db.preparatoryGroups.toArray(),
    db.assemblyMeetings.toArray(),
    db.committeeTerms.toArray(),
    countInspections(db, today),
    db.inspections.where('[kind+inspectedOn]').between(['spotCheck', week.from], ['spotCheck', week.to], true, true).keys(),
    db.inspections.where('[kind+inspectedOn]').equals(['patrol', patrolDay(today)]).toArray(),
    db.notices.where('issuedOn').between(monthsFrom, today, true, true).toArray(),
    Promise.all(OPEN_STATUSES.map((status) => db.notices.where('[status+deadline]').between([status, Dexie.minKey], [status, today], true, false).toArray())),
    db.surveys.where('surveyedOn').between(monthsFrom, today, true, true).toArray(),
  ]);
  const notices = new Map<string, RectificationNotice>();
  for (const n of [...issued, ...overdue.flat()]) notices.set(n.id, n);
  return {
    today,
    rules,
    communities,
    estates,
    committees: { groups, meetings, terms },
    inspectionWeeks,
    // Keys of [kind+inspectedOn] are [kind, day] pairs.
    spotCheckDays: spotChecks.map((key) => (Array.isArray(key) ? String(key[1]) : '')),
    patrols,
    notices: [...notices.values()],
    surveys,
  };
}

export async function readDashboard(db: StreetLedgerDb, today: string, rules: DashboardRules): Promise<DashboardData> {
  return summariseDashboard(await readDashboardInput(db, today, rules));
}
