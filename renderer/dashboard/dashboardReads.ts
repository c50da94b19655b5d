import { Dexie } from 'dexie';
import { dashboardMonths, dashboardRange, dashboardWeeks, patrolDay, summariseDashboard, weekOf, type DashboardData, type DashboardInput } from '../../shared/dashboard';
import { INSPECTION_KINDS, OPEN_STATUSES, type InspectionKind } from '../../shared/inspections';
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

/** Notices issued and closed per month: counts of the issuedOn and closedOn indexes. */
async function countNotices(db: StreetLedgerDb, today: string): Promise<DashboardInput['noticeMonths']> {
  return Promise.all(
    dashboardMonths(today).map(async (month) => {
      const [issued, closed] = await Promise.all([
        db.notices.where('issuedOn').between(month.from, month.to, true, true).count(),
        db.notices.where('closedOn').between(month.from, month.to, true, true).count(),
      ]);
      return { ...month, issued, closed };
    }),
  );
}

/**
 * What the dashboard reads, by index: inspections as counts and key ranges of [kind+inspectedOn]
 * (only yesterday's patrols are read as rows), notices as counts of issuedOn and closedOn per
 * month and the keys of [status+deadline] for the overdue, surveys only in the months shown. The
 * whole-table reads are the ones of one row per estate or fewer (communities, estates, committee
 * records), which the coverage needs in full.
 */
export async function readDashboardInput(db: StreetLedgerDb, today: string, rules: DashboardRules): Promise<DashboardInput> {
  const { monthsFrom } = dashboardRange(today);
  const week = weekOf(today);
  const [communities, estates, groups, meetings, terms, inspectionWeeks, spotChecks, patrols, noticeMonths, overdue, surveys] = await Promise.all([
    // In the office's order, as the class table and the coverage report list them.
    listCommunities(db),
    db.estates.toArray(),
    db.preparatoryGroups.toArray(),
    db.assemblyMeetings.toArray(),
    db.committeeTerms.toArray(),
    countInspections(db, today),
    db.inspections.where('[kind+inspectedOn]').between(['spotCheck', week.from], ['spotCheck', week.to], true, true).keys(),
    db.inspections.where('[kind+inspectedOn]').equals(['patrol', patrolDay(today)]).toArray(),
    countNotices(db, today),
    // Keys only: [status, deadline] pairs of the open notices past their deadline.
    Promise.all(OPEN_STATUSES.map((status) => db.notices.where('[status+deadline]').between([status, Dexie.minKey], [status, today], true, false).keys())),
    db.surveys.where('surveyedOn').between(monthsFrom, today, true, true).toArray(),
  ]);
  const secondOf = (key: unknown) => (Array.isArray(key) ? String(key[1]) : '');
  return {
    today,
    rules,
    communities,
    estates,
    committees: { groups, meetings, terms },
    inspectionWeeks,
    // Keys of a compound index are pairs: [kind, day], [status, deadline].
    spotCheckDays: spotChecks.map(secondOf),
    patrols,
    noticeMonths,
    overdueDeadlines: overdue.flat().map(secondOf),
    surveys,
  };
}

export async function readDashboard(db: StreetLedgerDb, today: string, rules: DashboardRules): Promise<DashboardData> {
  return summariseDashboard(await readDashboardInput(db, today, rules));
}
