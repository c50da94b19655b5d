import type { Complaint, ComplaintCategory, ComplaintChannel, ComplaintStatus } from './complaint';
import type { ComplaintRules } from './deadlineRules';
import { isComplaintOverdue } from './deadlines';
import { nameKey } from '../common/text';

/** The ledger's filters: every chosen facet must match, an empty one matches all. */
export interface ComplaintFilter {
  readonly statuses: readonly ComplaintStatus[];
  readonly channels: readonly ComplaintChannel[];
  readonly categories: readonly ComplaintCategory[];
  readonly communityIds: readonly string[];
  readonly estateIds: readonly string[];
  /** Against whom, by name as typed (matched folded): '' matches all. */
  readonly company: string;
  /** Against these registered companies (their records, schema v8). */
  readonly companyIds: readonly string[];
  readonly overdueOnly: boolean;
  /** Received between, ISO inclusive; '' leaves that end open. */
  readonly from: string;
  readonly to: string;
}

export const NO_COMPLAINT_FILTER: ComplaintFilter = {
  statuses: [], channels: [], categories: [], communityIds: [], estateIds: [], company: '', companyIds: [], overdueOnly: false, from: '', to: '',
};

type Rules = Pick<ComplaintRules, 'acceptDays' | 'concludeDays' | 'workingDays' | 'holidays' | 'workdays'>;

function matcher<T>(values: readonly T[]): (value: T) => boolean {
  if (values.length === 0) return () => true;
  const set = new Set(values);
  return (value) => set.has(value);
}

/** The complaints a ledger view shows, newest received first (then the higher number). */
export function filterComplaints(rows: readonly Complaint[], filter: ComplaintFilter, today: string, rules: Rules): Complaint[] {
  const status = matcher(filter.statuses);
  const channel = matcher(filter.channels);
  const category = matcher(filter.categories);
  const community = matcher<string | null>(filter.communityIds);
  const estate = matcher<string | null>(filter.estateIds);
  const company = nameKey(filter.company);
  const companyRecord = matcher<string | null>(filter.companyIds);
  return rows
    .filter(
      (c) =>
        status(c.status) &&
        channel(c.channel) &&
        category(c.category) &&
        community(c.communityId) &&
        estate(c.estateId) &&
        (filter.from === '' || c.receivedOn >= filter.from) &&
        (filter.to === '' || c.receivedOn <= filter.to) &&
        (company === '' || nameKey(c.againstName).includes(company)) &&
        companyRecord(c.againstCompanyId ?? null) &&
        (!filter.overdueOnly || isComplaintOverdue(c, today, rules)),
    )
    .sort((a, b) => (a.receivedOn < b.receivedOn ? 1 : a.receivedOn > b.receivedOn ? -1 : 0) || (b.receivedAt < a.receivedAt ? -1 : b.receivedAt > a.receivedAt ? 1 : 0) || (b.serial ?? 0) - (a.serial ?? 0) || b.createdAt - a.createdAt);
}
