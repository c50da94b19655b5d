import { formatNumbered, numberedShape, parseNumbered } from '../common/numbering';

/**
 * Complaint numbers from the office's pattern in settings, as notices are numbered: `{year}` is
 * the year received and `{n}` the serial within it (投〔{year}〕{n}号 → 投〔2024〕12号). Serials
 * are counted per year and never reused (the repository keeps the counter).
 */
export function formatComplaintNumber(pattern: string, year: number, serial: number): string {
  return formatNumbered(pattern, year, serial, 'complaint');
}

/** The year and serial of a number in `pattern`; null for a number of another register. */
export const parseComplaintNumber = parseNumbered;

/** What numbers of `year` will look like, the serial shown as `N`: 投〔2024〕N号. */
export function complaintNumberShape(pattern: string, year: number): string {
  return numberedShape(pattern, year);
}
