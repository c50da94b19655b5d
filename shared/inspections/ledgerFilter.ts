import type { Inspection } from './inspection';
import type { InspectionKind } from './kinds';
import type { RectificationNotice } from './notice';
import { shownStatus, type ShownStatus } from './overdue';

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

export interface NoticeFilter extends DateRange {
  readonly communityIds: readonly string[];
  readonly statuses: readonly ShownStatus[];
}

export const NO_INSPECTION_FILTER: InspectionFilter = { communityIds: [], kinds: [], from: '', to: '' };
export const NO_NOTICE_FILTER: NoticeFilter = { communityIds: [], statuses: [], from: '', to: '' };

function inRange(date: string, range: DateRange): boolean {
  return (range.from === '' || date >= range.from) && (range.to === '' || date <= range.to);
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
 * Notices by issue date in the range, in the chosen communities and shown statuses (逾期 is
 * read against `today`). Sorted by year and serial, newest first: the register's own order.
 */
export function filterNotices(rows: readonly RectificationNotice[], filter: NoticeFilter, communityOf: CommunityOf, today: string): RectificationNotice[] {
  const statuses = new Set(filter.statuses);
  return rows
    .filter((n) => inRange(n.issuedOn, filter) && (statuses.size === 0 || statuses.has(shownStatus(n, today))) && inCommunities(n.estateId, filter.communityIds, communityOf))
    .sort((a, b) => b.year - a.year || b.serial - a.serial);
}
