/**
 * Day arithmetic on ISO `YYYY-MM-DD` dates, the form every record stores. Dates are days on
 * the office's wall calendar, so the arithmetic runs in UTC where no day is 23 or 25 hours long.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(iso: string): readonly [year: number, month: number, day: number] {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function isoFromUtc(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function utcOf(iso: string): number {
  const [year, month, day] = partsOf(iso);
  return Date.UTC(year, month - 1, day);
}

/** A real calendar day written as `YYYY-MM-DD` (2023-02-29 is not one). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(iso: string, days: number): string {
  return isoFromUtc(utcOf(iso) + days * MS_PER_DAY);
}

/** Days from `from` to `to`: 1 for the next day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / MS_PER_DAY);
}

/**
 * The same day of the month `months` later (or earlier); a day the target month lacks becomes
 * its last day: 01-31 + 1 month is 02-28 (02-29 in a leap year), never 03-03.
 */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = partsOf(iso);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return isoFromUtc(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
}

/**
 * `years` later on the same month and day. A term that starts on 29 February ends on
 * 28 February of a common year: moving it to 1 March would lengthen the term by a day.
 */
export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/** The later of two ISO dates (ISO dates sort as text). */
export function laterOf(a: string, b: string): string {
  return a >= b ? a : b;
}
