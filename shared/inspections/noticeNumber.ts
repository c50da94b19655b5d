import { formatNumbered, numberedShape, parseNumbered } from '../common/numbering';

/**
 * A notice number from the office's pattern in settings: `{year}` is the issue year and `{n}`
 * the serial within it, e.g. 〔{year}〕第{n}号 → 〔2024〕第12号. Each placeholder may appear
 * any number of times (or `{year}` not at all, for offices that number without the year).
 */
export function formatNoticeNumber(pattern: string, year: number, serial: number): string {
  return formatNumbered(pattern, year, serial, 'notice');
}

/** What numbers of `year` will look like, the serial shown as `N`: 〔2024〕第N号. */
export function noticeNumberShape(pattern: string, year: number): string {
  return numberedShape(pattern, year);
}

/** The year and serial of a number in the office's pattern (an export of ours read back); null for another register's. */
export const parseNoticeNumber = parseNumbered;
