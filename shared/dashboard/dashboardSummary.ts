import { coverageFacts, committeeStatus, groupByEstate, NO_RECORDS, summariseCoverage, type CommitteeTermLike, type CoverageCounts, type EstateCommitteeRecords } from '../committees';
import { summariseByCommunity, type ClassCounts, type Community, type Estate, type PlannedCounts } from '../estates';
import { surveyOutcome, type AcceptanceSurvey, type Inspection, type InspectionKind } from '../inspections';
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
  /** The weeks shown (dashboardWeeks), oldest first, with the inspections of each kind: counts, not rows. */
  readonly inspectionWeeks: readonly InspectionWeek[];
  /** The days of this week with a spot check (抽查), each once or more. */
  readonly spotCheckDays: readonly string[];
  /** The patrols (日常巡查) of the last whole day, one entry per patrol. */
  readonly patrols: readonly Pick<Inspection, 'estateId'>[];
  /** The months shown (dashboardMonths), oldest first, with the notices issued and closed in each: counts. */
  readonly noticeMonths: readonly (Period & { readonly issued: number; readonly closed: number })[];
  /** The deadline of every notice still open past it, one entry per notice. */
  readonly overdueDeadlines: readonly string[];
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

/** The first day the dashboard reads notices and surveys from. */
export function dashboardRange(today: string): { readonly monthsFrom: string } {
  return { monthsFrom: recentMonths(today, DASHBOARD_MONTHS)[0]!.from };
}

/** The months the notice chart shows, oldest first. */
export function dashboardMonths(today: string): Period[] {
  return recentMonths(today, DASHBOARD_MONTHS);
}

/** The weeks the inspection chart shows, oldest first. */
export function dashboardWeeks(today: string): Period[] {
  return recentWeeks(today, DASHBOARD_WEEKS);
}

/** The last whole day: this morning's patrols are not all done yet. */
export function patrolDay(today: string): string {
  return addDays(today, -1);
}

export function summariseDashboard(input: DashboardInput): DashboardData {
  const { today, rules, communities, estates } = input;
  const classes = summariseByCommunity(communities, estates);

  const byEstate = groupByEstate(input.committees.groups, input.committees.meetings, input.committees.terms);
  const statusOf = (estateId: string) => committeeStatus(byEstate.get(estateId) ?? NO_RECORDS, today, rules);
  const statuses = new Map(estates.map((e) => [e.id, statusOf(e.id)]));
  const coverageTable = summariseCoverage(today, communities, estates, (id) => coverageFacts(statuses.get(id) ?? statusOf(id)));
  const coverage = coverageTable.rows.map((r) => ({ communityId: r.communityId, name: r.name, ...r.all }));

  const notices = input.noticeMonths.map((month) => ({ ...month, overdue: input.overdueDeadlines.filter((d) => d < today && inPeriod(d, month)).length }));

  const inspections = input.inspectionWeeks;

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
  const spotDays = new Set(input.spotCheckDays.filter((d) => isWorkingDay(d) && inPeriod(d, week)));

  const day = patrolDay(today);
  const centre = input.estates.filter((e) => e.mode === 'streetCentre');
  const patrols = new Map<string, number>();
  for (const p of input.patrols) patrols.set(p.estateId, (patrols.get(p.estateId) ?? 0) + 1);
  const short = centre.filter((e) => (patrols.get(e.id) ?? 0) < rules.patrolsPerDay).length;

  const overdueFiling = statuses.filter((s) => s.code === 'filingOverdue').length;
  const filedLate = statuses.filter((s) => s.filedLate).length;
  const overdueNotices = input.overdueDeadlines.filter((d) => d < today).length;

  return {
    spotCheck: { week, days: spotDays.size, required: rules.spotCheckDaysPerWeek, met: spotDays.size >= rules.spotCheckDaysPerWeek },
    patrol: { day, estates: centre.length, short, required: rules.patrolsPerDay, met: short === 0 },
    filing: { overdue: overdueFiling, filedLate, met: overdueFiling === 0 },
    overdueNotices: { count: overdueNotices, met: overdueNotices === 0 },
  };
}
