import { daysBetween } from '../inspections';
import { isSettled, type ComplaintProgress, type ComplaintFields } from './complaint';
import type { ComplaintRules } from './deadlineRules';
import { addCountedDays, workCalendarOf } from './workCalendar';

/**
 * A complaint's deadlines, read against any day (never stored, so they can never be stale and
 * follow the settings when those change):
 * - acceptance: decided (受理 or 不予受理) within `acceptDays` of receipt;
 * - conclusion: 办结 within `concludeDays` of acceptance, plus the one extension;
 * - a 12345 work order's own deadline wins over the conclusion's (plus any extension), and no
 *   acceptance may wait past it.
 * The deadline day itself is still in time; the day after, it is 逾期.
 */

export type DeadlineFacts = Pick<ComplaintFields, 'receivedOn' | 'hotlineDeadline'> &
  Pick<ComplaintProgress, 'status' | 'acceptedOn' | 'extensionDays' | 'concludedOn'>;

export type DeadlineStage = 'accept' | 'conclude';

export type DeadlineState = 'inTime' | 'dueSoon' | 'overdue';

export interface DeadlineInForce {
  readonly stage: DeadlineStage;
  readonly deadline: string;
}

type Rules = Pick<ComplaintRules, 'acceptDays' | 'concludeDays' | 'workingDays' | 'holidays' | 'workdays'>;

export function acceptDeadline(facts: Pick<DeadlineFacts, 'receivedOn' | 'hotlineDeadline'>, rules: Rules): string {
  const statutory = addCountedDays(facts.receivedOn, rules.acceptDays, workCalendarOf(rules));
  return facts.hotlineDeadline !== null && facts.hotlineDeadline < statutory ? facts.hotlineDeadline : statutory;
}

/** The conclusion's deadline; null before the complaint is accepted (its clock has not started). */
export function concludeDeadline(facts: Pick<DeadlineFacts, 'receivedOn' | 'acceptedOn' | 'hotlineDeadline' | 'extensionDays'>, rules: Rules): string | null {
  const calendar = workCalendarOf(rules);
  if (facts.hotlineDeadline !== null) return addCountedDays(facts.hotlineDeadline, facts.extensionDays, calendar);
  if (facts.acceptedOn === null) return null;
  return addCountedDays(facts.acceptedOn, rules.concludeDays + facts.extensionDays, calendar);
}

/** The deadline the complaint is now working to; null once it is settled. */
export function deadlineInForce(facts: DeadlineFacts, rules: Rules): DeadlineInForce | null {
  if (isSettled(facts.status)) return null;
  if (facts.status === 'received') return { stage: 'accept', deadline: acceptDeadline(facts, rules) };
  const deadline = concludeDeadline(facts, rules);
  return deadline === null ? null : { stage: 'conclude', deadline };
}

export function deadlineState(deadline: string, today: string, dueSoonDays: number): DeadlineState {
  if (today > deadline) return 'overdue';
  return daysBetween(today, deadline) <= dueSoonDays ? 'dueSoon' : 'inTime';
}

export interface ComplaintDue extends DeadlineInForce {
  readonly state: DeadlineState;
  /** Whole days past the deadline; 0 when not overdue. */
  readonly daysOverdue: number;
}

/** Where a complaint stands on `today`: its deadline in force and whether it is near or past. */
export function complaintDue(facts: DeadlineFacts, today: string, rules: Rules & Pick<ComplaintRules, 'dueSoonDays'>): ComplaintDue | null {
  const due = deadlineInForce(facts, rules);
  if (due === null) return null;
  const state = deadlineState(due.deadline, today, rules.dueSoonDays);
  return { ...due, state, daysOverdue: state === 'overdue' ? daysBetween(due.deadline, today) : 0 };
}

export function isComplaintOverdue(facts: DeadlineFacts, today: string, rules: Rules): boolean {
  const due = deadlineInForce(facts, rules);
  return due !== null && today > due.deadline;
}

/**
 * Whether a concluded complaint kept both deadlines: decided within the acceptance time and
 * concluded by the conclusion's. Null while it is not concluded (a rejected one is not counted).
 */
export function concludedOnTime(facts: DeadlineFacts, rules: Rules): boolean | null {
  if (facts.status !== 'concluded' || facts.concludedOn === null) return null;
  const acceptedInTime = facts.acceptedOn === null || facts.acceptedOn <= acceptDeadline(facts, rules);
  const due = concludeDeadline(facts, rules);
  return acceptedInTime && (due === null || facts.concludedOn <= due);
}
