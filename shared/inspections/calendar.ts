/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings, the form every record stores. A deadline is
 * a day on the office's wall calendar, so the sums run in UTC where no day is 23 or 25 hours
 * long; "today" is read from the local clock by the caller and passed in.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function utcOf(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2024-02-30 over to March; a real date comes back unchanged.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms;
}

function isoOfUtc(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && utcOf(value) !== null;
}

function required(iso: string): number {
  const ms = utcOf(iso);
  if (ms === null) throw new RangeError(`not an ISO date: ${iso}`);
  return ms;
}

export function addDays(iso: string, days: number): string {
  return isoOfUtc(required(iso) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((required(to) - required(from)) / MS_PER_DAY);
}

/** The day a local clock shows, as ISO: what "today" means to a clerk at her desk. */
export function localIsoDate(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The later of two ISO dates (they compare as text). */
export function laterOf(a: string, b: string): string {
  return a >= b ? a : b;
}
