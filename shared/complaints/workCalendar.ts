import { addDays } from '../inspections';
import type { ComplaintRules } from './deadlineRules';

/**
 * Counting a deadline's days. In calendar mode every day counts, weekends included. In
 * working-days mode a day counts when it is a weekday and not a statutory holiday, or when it
 * is a weekend day the office works (调休上班). Either way the day of the start itself does
 * not count: a complaint received on the 1st with 15 days is due on the 16th.
 */
export interface WorkCalendar {
  readonly workingDays: boolean;
  readonly holidays: ReadonlySet<string>;
  readonly workdays: ReadonlySet<string>;
}

export function workCalendarOf(rules: Pick<ComplaintRules, 'workingDays' | 'holidays' | 'workdays'>): WorkCalendar {
  return { workingDays: rules.workingDays, holidays: new Set(rules.holidays), workdays: new Set(rules.workdays) };
}

export const CALENDAR_DAYS: WorkCalendar = { workingDays: false, holidays: new Set(), workdays: new Set() };

function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function isWorkingDay(iso: string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.has(iso)) return true;
  if (calendar.holidays.has(iso)) return false;
  const day = weekday(iso);
  return day !== 0 && day !== 6;
}

/** The day `days` counted days after `start` (0: `start` itself). */
export function addCountedDays(start: string, days: number, calendar: WorkCalendar): string {
  if (!calendar.workingDays) return addDays(start, days);
  let day = start;
  let left = days;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}
