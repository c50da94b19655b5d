import { addDays, daysBetween } from '../inspections';

/**
 * A task's status on a given day (未开始 / 进行中 / 已完成 / 逾期), read, never stored, so it is
 * right on every day it is asked about, past ones included: a report of last Friday says what
 * was overdue last Friday.
 */
export const TASK_STATUSES = ['notStarted', 'inProgress', 'done', 'overdue'] as const;
export type TaskStatusCode = (typeof TASK_STATUSES)[number];

export interface TaskStatus {
  readonly code: TaskStatusCode;
  /** Open and due on this very day: not yet overdue. */
  readonly dueToday: boolean;
  /** Done after its deadline (已完成, but late). */
  readonly doneLate: boolean;
  /** Days past the deadline while open; 0 otherwise. */
  readonly daysOverdue: number;
  /** Days until the deadline while open (0 on the day, negative once overdue). */
  readonly daysLeft: number | null;
}

export interface StatusInput {
  readonly dueOn: string;
  readonly startedOn: string | null;
  readonly doneOn: string | null;
  readonly notes?: readonly { readonly on: string }[];
}

export function taskStatusOn(task: StatusInput, day: string): TaskStatus {
  if (task.doneOn !== null && task.doneOn <= day) {
    return { code: 'done', dueToday: false, doneLate: task.doneOn > task.dueOn, daysOverdue: 0, daysLeft: null };
  }
  const daysLeft = daysBetween(day, task.dueOn);
  if (daysLeft < 0) return { code: 'overdue', dueToday: false, doneLate: false, daysOverdue: -daysLeft, daysLeft };
  const begun = (task.startedOn !== null && task.startedOn <= day) || (task.notes ?? []).some((n) => n.on <= day);
  return { code: begun ? 'inProgress' : 'notStarted', dueToday: daysLeft === 0, doneLate: false, daysOverdue: 0, daysLeft };
}

/** How many days ahead "this week" looks: today and the six days after it. */
export const WEEK_DAYS = 7;

/** Whether an open deadline needs attention on `day`: overdue, or due within the week. */
export function isDueThisWeek(dueOn: string, day: string): boolean {
  return dueOn <= addDays(day, WEEK_DAYS - 1);
}
