function fill(pattern: string, year: number, serial: string): string {
  return pattern.replaceAll('{year}', String(year)).replaceAll('{n}', serial);
}

/**
 * A notice number from the office's pattern in settings: `{year}` is the issue year and `{n}`
 * the serial within it, e.g. 〔{year}〕第{n}号 → 〔2024〕第12号. Each placeholder may appear
 * any number of times (or `{year}` not at all, for offices that number without the year).
 */
export function formatNoticeNumber(pattern: string, year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`notice serial must be a positive whole number, got ${serial}`);
  return fill(pattern, year, String(serial));
}

/** What numbers of `year` will look like, the serial shown as `N`: 〔2024〕第N号. */
export function noticeNumberShape(pattern: string, year: number): string {
  return fill(pattern, year, 'N');
}
