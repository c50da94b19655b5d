/**
 * Complaint numbers from the office's pattern in settings, as notices are numbered: `{year}` is
 * the year received and `{n}` the serial within it (投〔{year}〕{n}号 → 投〔2024〕12号). Serials
 * are counted per year and never reused (the repository keeps the counter).
 */
function fill(pattern: string, year: number, serial: string): string {
  return pattern.replaceAll('{year}', String(year)).replaceAll('{n}', serial);
}

export function formatComplaintNumber(pattern: string, year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`complaint serial must be a positive whole number, got ${serial}`);
  return fill(pattern, year, String(serial));
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The year and serial of a number written in `pattern` (an export of our own, imported back),
 * so the counter never issues it again; null for a number of another register.
 */
export function parseComplaintNumber(pattern: string, number: string, yearOfRow: number): { year: number; serial: number } | null {
  const parts = pattern.split(/(\{year\}|\{n\})/).map((part) => (part === '{year}' ? '(?<year>\\d{4})' : part === '{n}' ? '(?<n>\\d{1,9})' : escaped(part)));
  // A pattern may name each placeholder more than once; only the first of each captures.
  let seenYear = false;
  let seenN = false;
  const source = parts
    .map((part) => {
      if (part.includes('?<year>')) return seenYear ? '\\d{4}' : ((seenYear = true), part);
      if (part.includes('?<n>')) return seenN ? '\\d{1,9}' : ((seenN = true), part);
      return part;
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(number.trim());
  if (!match?.groups?.n) return null;
  const year = match.groups.year ? Number(match.groups.year) : yearOfRow;
  const serial = Number(match.groups.n);
  return serial >= 1 ? { year, serial } : null;
}

/** What numbers of `year` will look like, the serial shown as `N`: 投〔2024〕N号. */
export function complaintNumberShape(pattern: string, year: number): string {
  return fill(pattern, year, 'N');
}
