import { Dexie } from 'dexie';
import { dashboardRange, summariseDashboard, type DashboardData, type DashboardInput } from '../../shared/dashboard';
import { OPEN_STATUSES, type RectificationNotice } from '../../shared/inspections';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { listCommunities } from '../estates';

export type DashboardRules = DashboardInput['rules'];

/**
 * What the dashboard reads, by index: inspections and surveys only in the weeks and months the
 * charts show (their date indexes), notices issued in those months plus those open past their
 * deadline ([status+deadline]). The whole-table reads are the ones of one row per estate or
 * fewer (communities, estates, committee records), which the coverage needs in full. With a
 * 100,000-inspection street the inspections read are the last twelve weeks' only.
 */
export async function readDashboardInput(db: StreetLedgerDb, today: string, rules: DashboardRules): Promise<DashboardInput> {
  const { inspectionsFrom, monthsFrom } = dashboardRange(today);
  const [communities, estates, groups, meetings, terms, inspections, issued, overdue, surveys] = await Promise.all([
    // In the office's order, as the class table and the coverage report list them.
    listCommunities(db),
    db.estates.toArray(),
    db.preparatoryGroups.toArray(),
    db.assemblyMeetings.toArray(),
    db.committeeTerms.toArray(),
    db.inspections.where('inspectedOn').between(inspectionsFrom, today, true, true).toArray(),
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
    inspections,
    notices: [...notices.values()],
    surveys,
  };
}

export async function readDashboard(db: StreetLedgerDb, today: string, rules: DashboardRules): Promise<DashboardData> {
  return summariseDashboard(await readDashboardInput(db, today, rules));
}
