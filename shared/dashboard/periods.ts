import { addDays } from '../inspections';

/** A stretch of days, ISO, both ends included: what a bar of a chart counts. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** 0 = Monday … 6 = Sunday: Chinese offices' weeks start on Monday. */
function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7;
}

export function weekOf(day: string): Period {
  const from = addDays(day, -weekday(day));
  return { from, to: addDays(from, 6) };
}

export function isWorkingDay(iso: string): boolean {
  return weekday(iso) < 5;
}

/** The last `count` weeks up to the one holding `today`, oldest first. */
export function recentWeeks(today: string, count: number): Period[] {
  const current = weekOf(today);
  return Array.from({ length: count }, (_, i) => {
    const from = addDays(current.from, -7 * (count - 1 - i));
    return { from, to: addDays(from, 6) };
  });
}

function monthStart(iso: string, back: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 - back;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The last `count` calendar months up to the one holding `today`, oldest first. */
export function recentMonths(today: string, count: number): Period[] {
  return Array.from({ length: count }, (_, i) => {
    const from = monthStart(today, count - 1 - i);
    return { from, to: addDays(monthStart(from, -1), -1) };
  });
}

export function inPeriod(day: string | null, period: Period): boolean {
  return day !== null && day >= period.from && day <= period.to;
}
