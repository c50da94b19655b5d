import { addDays, addMonths, daysBetween } from './calendar';
import type { CommitteeTermLike, EstateCommitteeRecords } from './types';

/**
 * Where an estate stands on its owners' committee on a given day, in the order a clerk follows
 * them: 未组建 → 筹备中 → 已选举未备案 (备案逾期 once the filing deadline passed) → 已备案
 * → 即将到期 → 已到期未换届, and round again with the next term.
 */
export const COMMITTEE_STATUSES = ['none', 'preparing', 'electedUnfiled', 'filingOverdue', 'filed', 'expiring', 'expired'] as const;
export type CommitteeStatusCode = (typeof COMMITTEE_STATUSES)[number];

/**
 * 物业管理条例 art. 16: the committee files within 30 days of its election. Day 1 is the day
 * after the election, so a committee elected on 1 March may file up to and including 31 March
 * (day 30) and is overdue from 1 April (day 31).
 */
export const FILING_DAYS = 30;

export interface StatusRules {
  /** `termExpiryWarningMonths` from the settings. */
  readonly termExpiryWarningMonths: number;
}

export interface CommitteeStatus<T extends CommitteeTermLike = CommitteeTermLike> {
  readonly code: CommitteeStatusCode;
  /** The term in office that day: the latest elected on or before it; `null` before any election. */
  readonly term: T | null;
  /** The current term's last day to file; `null` without a term. */
  readonly filingDeadline: string | null;
  /** The current term was filed on or before that day. */
  readonly filed: boolean;
  /** Filed, but after the deadline: still 已备案, yet worth showing. */
  readonly filedLate: boolean;
  /** An owners' assembly met on or before that day (electing a committee takes one). */
  readonly assemblyHeld: boolean;
  /** When the next step is due: the filing deadline while unfiled, the term's end after. */
  readonly dueOn: string | null;
}

export function filingDeadline(electedOn: string): string {
  return addDays(electedOn, FILING_DAYS);
}

/**
 * The term in office on `date`: among those elected by then, the latest election wins, so a
 * re-election before the old term ran out replaces it at once. Later elections are ignored:
 * the status of a past day must not know the future.
 */
export function currentTerm<T extends CommitteeTermLike>(terms: readonly T[], date: string): T | null {
  let current: T | null = null;
  for (const term of terms) {
    if (term.electedOn > date) continue;
    if (
      current === null ||
      term.electedOn > current.electedOn ||
      (term.electedOn === current.electedOn && term.termNumber > current.termNumber)
    ) {
      current = term;
    }
  }
  return current;
}

/**
 * A term "ends within N months" from the day N months before its last day (the same day of
 * the month, or the month's last day if it is shorter: a term ending 31 May warns from 28
 * February) through the last day itself, which is still in office. The day after is
 * 已到期未换届.
 */
export function isExpiringOn(endOn: string, date: string, rules: StatusRules): boolean {
  return date <= endOn && date >= addMonths(endOn, -rules.termExpiryWarningMonths);
}

/**
 * The status of one estate on `date` (ISO), from its records as they stood that day. When two
 * statuses apply the more urgent wins: an expired term (re-election due) over an overdue filing,
 * an unfiled committee over a filed one that is about to expire.
 */
export function committeeStatus<T extends CommitteeTermLike>(
  records: EstateCommitteeRecords & { readonly terms: readonly T[] },
  date: string,
  rules: StatusRules,
): CommitteeStatus<T> {
  const term = currentTerm(records.terms, date);
  const metBy = records.meetings.some((m) => m.heldOn <= date);
  if (term === null) {
    const preparing = metBy || records.groups.some((g) => g.formedOn <= date);
    return { code: preparing ? 'preparing' : 'none', term, filingDeadline: null, filed: false, filedLate: false, assemblyHeld: metBy, dueOn: null };
  }
  const deadline = filingDeadline(term.electedOn);
  const filed = term.filedOn !== null && term.filedOn <= date;
  const base = { term, filingDeadline: deadline, filed, filedLate: filed && term.filedOn !== null && term.filedOn > deadline, assemblyHeld: true };
  if (date > term.endOn) return { ...base, code: 'expired', dueOn: term.endOn };
  if (!filed) return { ...base, code: date > deadline ? 'filingOverdue' : 'electedUnfiled', dueOn: deadline };
  if (isExpiringOn(term.endOn, date, rules)) return { ...base, code: 'expiring', dueOn: term.endOn };
  return { ...base, code: 'filed', dueOn: term.endOn };
}

/** What the "needs action" list shows for an estate, if anything. */
export type CommitteeActionKind = 'filingOverdue' | 'filingDue' | 'expired' | 'expiring';

export interface CommitteeAction {
  readonly kind: CommitteeActionKind;
  readonly dueOn: string;
  /** Days from `date` to `dueOn`: negative once overdue. */
  readonly daysLeft: number;
}

/** A filing deadline this close (in days) counts as this week's work. */
export const FILING_DUE_DAYS = 7;

/**
 * Work a status calls for on `date`: an overdue filing or an expired term at once, a filing due
 * within the week, and a term inside its warning window (re-election takes months to organise).
 */
export function committeeAction(status: CommitteeStatus, date: string): CommitteeAction | null {
  const due = status.dueOn;
  if (due === null) return null;
  const action = (kind: CommitteeActionKind): CommitteeAction => ({ kind, dueOn: due, daysLeft: daysBetween(date, due) });
  switch (status.code) {
    case 'filingOverdue':
      return action('filingOverdue');
    case 'electedUnfiled':
      return daysBetween(date, due) <= FILING_DUE_DAYS ? action('filingDue') : null;
    case 'expired':
      return action('expired');
    case 'expiring':
      return action('expiring');
    default:
      return null;
  }
}

const ACTION_ORDER: Readonly<Record<CommitteeActionKind, number>> = { filingOverdue: 0, expired: 1, filingDue: 2, expiring: 3 };

/** Most urgent first: what is overdue, then by the day it falls due. */
export function compareActions(a: CommitteeAction, b: CommitteeAction): number {
  const overdueA = a.daysLeft < 0 ? 0 : 1;
  const overdueB = b.daysLeft < 0 ? 0 : 1;
  return overdueA - overdueB || (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) || ACTION_ORDER[a.kind] - ACTION_ORDER[b.kind];
}
