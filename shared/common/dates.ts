import { toHalfWidth } from './text';

/**
 * Calendar dates as spreadsheets hold them, read into ISO `YYYY-MM-DD` (the form stored and
 * compared everywhere, since it sorts as text). A date never carries a time zone here: a
 * filing date is a day on the office's wall calendar, not an instant.
 */

export type ParsedDate =
  | { readonly ok: true; readonly value: string | null }
  | { readonly ok: false };

export type DateSystem = '1900' | '1904';

const MS_PER_DAY = 86_400_000;
// Day 0 of each system, as UTC milliseconds. In the 1900 system Excel counts 1900-02-29, a day
// that never was (Lotus 1-2-3's leap-year bug, kept for compatibility), so from serial 61 on
// the days line up with 1899-12-30 and before it with 1899-12-31.
const EPOCH_1900_LATE = Date.UTC(1899, 11, 30);
const EPOCH_1900_EARLY = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const PHANTOM_LEAP_DAY = 60;
/** 9999-12-31, Excel's last day. */
const MAX_SERIAL_1900 = 2_958_465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoFromUtc(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/**
 * An Excel date serial (the number under a date-formatted cell) as an ISO date. The time of
 * day (the fraction) is dropped. Serial 60 of the 1900 system, the phantom 1900-02-29, and
 * serials outside Excel's own range are refused rather than shifted to a neighbouring day.
 */
export function dateFromSerial(serial: number, system: DateSystem = '1900'): ParsedDate {
  if (!Number.isFinite(serial)) return { ok: false };
  const day = Math.floor(serial);
  if (system === '1904') {
    if (day < 0 || day > MAX_SERIAL_1904) return { ok: false };
    return { ok: true, value: isoFromUtc(EPOCH_1904 + day * MS_PER_DAY) };
  }
  if (day < 1 || day > MAX_SERIAL_1900 || day === PHANTOM_LEAP_DAY) return { ok: false };
  const epoch = day < PHANTOM_LEAP_DAY ? EPOCH_1900_EARLY : EPOCH_1900_LATE;
  return { ok: true, value: isoFromUtc(epoch + day * MS_PER_DAY) };
}

/** The serial of an ISO date in the 1900 system: what an export writes under a date format. */
export function serialFromIsoDate(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return null;
  const ms = Date.UTC(year, month - 1, day);
  const serial = Math.round((ms - EPOCH_1900_LATE) / MS_PER_DAY);
  if (serial >= PHANTOM_LEAP_DAY + 1) return serial <= MAX_SERIAL_1900 ? serial : null;
  const early = Math.round((ms - EPOCH_1900_EARLY) / MS_PER_DAY);
  return early >= 1 ? early : null;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

// 2024年3月15日 / 2024年3月15号, 2024.3.15, 2024/3/15, 2024-03-15, each optionally followed by a
// time ("2024-03-15 09:30", "2024/3/15 9:30:00") which is dropped.
const SEPARATED = /^(\d{4})\s*(?:年|[./-])\s*(\d{1,2})\s*(?:月|[./-])\s*(\d{1,2})\s*(?:日|号)?(?:[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?)?$/;
// 20240315: what some district systems export.
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A date typed as text, as Chinese offices write it. Blank is `null`. Ambiguous forms such as
 * 3/15/24 or 15.3.2024 are refused: guessing the order of day and month would quietly move a
 * filing deadline.
 */
export function parseDateText(raw: string): ParsedDate {
  const text = toHalfWidth(raw).trim();
  if (text === '') return { ok: true, value: null };
  const match = SEPARATED.exec(text) ?? COMPACT.exec(text);
  if (!match) return { ok: false };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return { ok: false };
  return { ok: true, value: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** A cell's value as a date: a serial number (in the workbook's date system) or text. */
export function parseDate(raw: unknown, system: DateSystem = '1900'): ParsedDate {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'number') return dateFromSerial(raw, system);
  if (typeof raw === 'string') return parseDateText(raw);
  return { ok: false };
}
