import type { Inspection } from './inspection';
import type { InspectionKind } from './kinds';
import type { RectificationNotice } from './notice';
import { shownStatus, type ShownStatus } from './overdue';
import { surveyOutcome, type AcceptanceSurvey, type SurveyOutcome } from './survey';

/** The community of an estate, by estate id (estates can move, so it is looked up, not stored). */
export type CommunityOf = (estateId: string) => string | undefined;

/** ISO dates, inclusive; '' leaves that end open. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

export interface InspectionFilter extends DateRange {
  readonly communityIds: readonly string[];
  readonly kinds: readonly InspectionKind[];
}

/**
 * The day of a notice a date range bounds: the day it was issued (the register's date), the day
 * it was closed (办结 in a month), or its deadline in force (逾期 by the month it fell due).
 */
export const NOTICE_DATE_FIELDS = ['issuedOn', 'closedOn', 'deadline'] as const;
export type NoticeDateField = (typeof NOTICE_DATE_FIELDS)[number];

export interface NoticeFilter extends DateRange {
  readonly communityIds: readonly string[];
  readonly statuses: readonly ShownStatus[];
  readonly dateField: NoticeDateField;
}

/** Surveys by the day surveyed, community and outcome (each judged by the threshold of its day). */
export interface SurveyFilter extends DateRange {
  readonly communityIds: readonly string[];
  readonly outcomes: readonly SurveyOutcome[];
}

export const NO_SURVEY_FILTER: SurveyFilter = { communityIds: [], outcomes: [], from: '', to: '' };

export const NO_INSPECTION_FILTER: InspectionFilter = { communityIds: [], kinds: [], from: '', to: '' };
export const NO_NOTICE_FILTER: NoticeFilter = { communityIds: [], statuses: [], from: '', to: '', dateField: 'issuedOn' };

function inRange(date: string, range: DateRange): boolean {
  return (range.from === '' || date >= range.from) && (range.to === '' || date <= range.to);
}

/** A notice's day of `field`; a notice not closed has no closing day, and no range holds it. */
export function noticeInRange(notice: Pick<RectificationNotice, NoticeDateField>, field: NoticeDateField, range: DateRange): boolean {
  const day = notice[field];
  if (day === null) return range.from === '' && range.to === '';
  return inRange(day, range);
}

function inCommunities(estateId: string, ids: readonly string[], communityOf: CommunityOf): boolean {
  if (ids.length === 0) return true;
  const community = communityOf(estateId);
  return community !== undefined && ids.includes(community);
}

/** Every chosen facet must match; an empty facet matches all. Newest first. */
export function filterInspections(rows: readonly Inspection[], filter: InspectionFilter, communityOf: CommunityOf): Inspection[] {
  const kinds = new Set(filter.kinds);
  return rows
    .filter((i) => inRange(i.inspectedOn, filter) && (kinds.size === 0 || kinds.has(i.kind)) && inCommunities(i.estateId, filter.communityIds, communityOf))
    .sort((a, b) => (a.inspectedOn < b.inspectedOn ? 1 : a.inspectedOn > b.inspectedOn ? -1 : 0) || (b.time < a.time ? -1 : b.time > a.time ? 1 : 0) || b.createdAt - a.createdAt);
}

/**
 * Notices whose day of `dateField` (issued by default) is in the range, in the chosen
 * communities and shown statuses (逾期 is read against `today`). Sorted by year and serial,
 * newest first: the register's own order.
 */
export function filterNotices(rows: readonly RectificationNotice[], filter: NoticeFilter, communityOf: CommunityOf, today: string): RectificationNotice[] {
  const statuses = new Set(filter.statuses);
  return rows
    .filter((n) => noticeInRange(n, filter.dateField, filter) && (statuses.size === 0 || statuses.has(shownStatus(n, today))) && inCommunities(n.estateId, filter.communityIds, communityOf))
    .sort((a, b) => b.year - a.year || b.serial - a.serial);
}

/** Surveys the filter lets through, in the order given (the ledger's: newest first). */
export function filterSurveys(rows: readonly AcceptanceSurvey[], filter: SurveyFilter, communityOf: CommunityOf): AcceptanceSurvey[] {
  const outcomes = new Set(filter.outcomes);
  return rows.filter((s) => inRange(s.surveyedOn, filter) && (outcomes.size === 0 || outcomes.has(surveyOutcome(s, s.threshold))) && inCommunities(s.estateId, filter.communityIds, communityOf));
}
