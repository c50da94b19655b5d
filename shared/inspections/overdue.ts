import { daysBetween } from './calendar';
import type { NoticeProgress, NoticeStatus } from './notice';

/** What a list shows: the stored status, or 逾期 over any open one once the deadline passed. */
export type ShownStatus = NoticeStatus | 'overdue';
export const SHOWN_STATUSES: readonly ShownStatus[] = ['pending', 'reported', 'reopened', 'overdue', 'closed'];

type Deadlined = Pick<NoticeProgress, 'status' | 'deadline'>;

/**
 * 逾期: past the deadline in force and not closed. The deadline day itself still counts as in
 * time. A notice reported as rectified but not yet re-checked is still overdue after the
 * deadline: until someone has re-checked it, nobody knows it was done, and the list is what
 * tells the office to go and look.
 */
export function isOverdue(notice: Deadlined, today: string): boolean {
  return notice.status !== 'closed' && notice.deadline < today;
}

/** Whole days past the deadline; 0 when not overdue. */
export function daysOverdue(notice: Deadlined, today: string): number {
  return isOverdue(notice, today) ? daysBetween(notice.deadline, today) : 0;
}

export function shownStatus(notice: Deadlined, today: string): ShownStatus {
  return isOverdue(notice, today) ? 'overdue' : notice.status;
}
