import { coverageFacts, committeeStatus, groupByEstate, NO_RECORDS, summariseCoverage, type CommitteeTermLike, type CoverageCounts, type EstateCommitteeRecords } from '../committees';
import { summariseByCommunity, type ClassCounts, type Community, type Estate, type PlannedCounts } from '../estates';
import { INSPECTION_KINDS, isOpen, surveyOutcome, type AcceptanceSurvey, type Inspection, type InspectionKind, type RectificationNotice } from '../inspections';
import type { DutyRules } from './dutyRules';
import { inPeriod, isWorkingDay, recentMonths, recentWeeks, weekOf, type Period } from './periods';
import { addDays } from '../inspections';

export const DASHBOARD_WEEKS = 12;
export const DASHBOARD_MONTHS = 12;

type Owned = { readonly estateId: string };

/**
 * What the dashboard is drawn from: whole tables only where they are one row per estate or
 * fewer (communities, estates, committee records), and for inspections, notices and surveys
 * only the date ranges the charts show, read through their date indexes (see
 * renderer/dashboard/dashboardReads.ts).
 */
export interface DashboardInput {
  readonly today: string;
  readonly rules: DutyRules & { readonly termExpiryWarningMonths: number; readonly acceptanceThreshold: number };
  readonly communities: readonly Pick<Community, 'id' | 'name' | 'planned'>[];
  readonly estates: readonly Pick<Estate, 'id' | 'communityId' | 'estateClass' | 'mode'>[];
  readonly committees: {
    readonly groups: readonly (Owned & EstateCommitteeRecords['groups'][number])[];
    readonly meetings: readonly (Owned & EstateCommitteeRecords['meetings'][number])[];
    readonly terms: readonly (Owned & CommitteeTermLike)[];
  };
  /** Inspected in the weeks shown (from the first week's Monday through today). */
  readonly inspections: readonly Pick<Inspection, 'estateId' | 'inspectedOn' | 'kind'>[];
  /** Issued in the months shown, and every notice still open past its deadline. */
  readonly notices: readonly Pick<RectificationNotice, 'id' | 'issuedOn' | 'closedOn' | 'status' | 'deadline'>[];
  /** Surveyed in the months shown. */
  readonly surveys: readonly Pick<AcceptanceSurvey, 'estateId' | 'surveyed' | 'satisfied' | 'threshold'>[];
}

export interface ClassBar {
  readonly communityId: string;
  readonly name: string;
  readonly inventory: ClassCounts;
  readonly planned: PlannedCounts;
}

export interface CoverageBar extends CoverageCounts {
  readonly communityId: string;
  readonly name: string;
}

export interface NoticeMonth extends Period {
  readonly issued: number;
  readonly closed: number;
  /** Open now, with a deadline in this month already past. */
  readonly overdue: number;
}

export interface InspectionWeek extends Period {
  readonly byKind: Readonly<Record<InspectionKind, number>>;
}

export interface AcceptanceBar {
  readonly communityId: string;
  readonly name: string;
  readonly accepted: number;
  readonly makeUp: number;
}

/** Each duty: what the rule asks, what was found, and whether that meets it. */
export interface DutyIndicators {
  readonly spotCheck: { readonly week: Period; readonly days: number; readonly required: number; readonly met: boolean };
  readonly patrol: { readonly day: string; readonly estates: number; readonly short: number; readonly required: number; readonly met: boolean };
  readonly filing: { readonly overdue: number; readonly filedLate: number; readonly met: boolean };
  readonly overdueNotices: { readonly count: number; readonly met: boolean };
}

export interface DashboardData {
  readonly today: string;
  readonly classes: readonly ClassBar[];
  readonly coverage: readonly CoverageBar[];
  readonly notices: readonly NoticeMonth[];
  readonly inspections: readonly InspectionWeek[];
  readonly acceptance: readonly AcceptanceBar[];
  readonly duties: DutyIndicators;
}

/** The first day the dashboard reads inspections, notices and surveys from. */
export function dashboardRange(today: string): { readonly inspectionsFrom: string; readonly monthsFrom: string } {
  return { inspectionsFrom: recentWeeks(today, DASHBOARD_WEEKS)[0]!.from, monthsFrom: recentMonths(today, DASHBOARD_MONTHS)[0]!.from };
}

const zeroKinds = (): Record<InspectionKind, number> => Object.fromEntries(INSPECTION_KINDS.map((k) => [k, 0])) as Record<InspectionKind, number>;

export function summariseDashboard(input: DashboardInput): DashboardData {
  const { today, rules, communities, estates } = input;
  const classes = summariseByCommunity(communities, estates);

  const byEstate = groupByEstate(input.committees.groups, input.committees.meetings, input.committees.terms);
  const statusOf = (estateId: string) => committeeStatus(byEstate.get(estateId) ?? NO_RECORDS, today, rules);
  const statuses = new Map(estates.map((e) => [e.id, statusOf(e.id)]));
  const coverageTable = summariseCoverage(today, communities, estates, (id) => coverageFacts(statuses.get(id) ?? statusOf(id)));
  const coverage = coverageTable.rows.map((r) => ({ communityId: r.communityId, name: r.name, ...r.all }));

  const months = recentMonths(today, DASHBOARD_MONTHS);
  const notices = months.map((month) => {
    let issued = 0;
    let closed = 0;
    let overdue = 0;
    for (const n of input.notices) {
      if (inPeriod(n.issuedOn, month)) issued += 1;
      if (inPeriod(n.closedOn, month)) closed += 1;
      if (isOpen(n.status) && n.deadline < today && inPeriod(n.deadline, month)) overdue += 1;
    }
    return { ...month, issued, closed, overdue };
  });

  const weeks = recentWeeks(today, DASHBOARD_WEEKS);
  const inspections = weeks.map((week) => {
    const byKind = zeroKinds();
    for (const i of input.inspections) if (inPeriod(i.inspectedOn, week)) byKind[i.kind] += 1;
    return { ...week, byKind };
  });

  const communityOf = new Map(estates.map((e) => [e.id, e.communityId]));
  const acceptanceCounts = new Map(communities.map((c) => [c.id, { accepted: 0, makeUp: 0 }]));
  for (const s of input.surveys) {
    const counts = acceptanceCounts.get(communityOf.get(s.estateId) ?? '');
    // Each survey is judged by the threshold in force when it was entered (survey.ts).
    if (counts) counts[surveyOutcome(s, s.threshold)] += 1;
  }
  const acceptance = communities.map((c) => ({ communityId: c.id, name: c.name, ...(acceptanceCounts.get(c.id) ?? { accepted: 0, makeUp: 0 }) }));

  return {
    today,
    classes,
    coverage,
    notices,
    inspections,
    acceptance,
    duties: duties(input, [...statuses.values()]),
  };
}

function duties(input: DashboardInput, statuses: readonly ReturnType<typeof committeeStatus>[]): DutyIndicators {
  const { today, rules } = input;
  const week = weekOf(today);
  const spotDays = new Set(input.inspections.filter((i) => i.kind === 'spotCheck' && isWorkingDay(i.inspectedOn) && inPeriod(i.inspectedOn, week)).map((i) => i.inspectedOn));

  // The last whole day: this morning's patrols are not all done yet.
  const day = addDays(today, -1);
  const centre = input.estates.filter((e) => e.mode === 'streetCentre');
  const patrols = new Map<string, number>();
  for (const i of input.inspections) if (i.kind === 'patrol' && i.inspectedOn === day) patrols.set(i.estateId, (patrols.get(i.estateId) ?? 0) + 1);
  const short = centre.filter((e) => (patrols.get(e.id) ?? 0) < rules.patrolsPerDay).length;

  const overdueFiling = statuses.filter((s) => s.code === 'filingOverdue').length;
  const filedLate = statuses.filter((s) => s.filedLate).length;
  const overdueNotices = input.notices.filter((n) => isOpen(n.status) && n.deadline < today).length;

  return {
    spotCheck: { week, days: spotDays.size, required: rules.spotCheckDaysPerWeek, met: spotDays.size >= rules.spotCheckDaysPerWeek },
    patrol: { day, estates: centre.length, short, required: rules.patrolsPerDay, met: short === 0 },
    filing: { overdue: overdueFiling, filedLate, met: overdueFiling === 0 },
    overdueNotices: { count: overdueNotices, met: overdueNotices === 0 },
  };
}
