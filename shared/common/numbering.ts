/**
 * Numbers an office issues from its own pattern in settings (notices 〔{year}〕第{n}号, complaints
 * 投〔{year}〕{n}号): `{year}` is the numbering year and `{n}` the serial within it. Serials are
 * counted per year and never reused, so a number an import brings back must give its serial to
 * the counter.
 */

function fill(pattern: string, year: number, serial: string): string {
  return pattern.replaceAll('{year}', String(year)).replaceAll('{n}', serial);
}

/** The number of `serial` in `year`; throws on a serial that is not a positive whole number. */
export function formatNumbered(pattern: string, year: number, serial: number, what: string): string {
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`${what} serial must be a positive whole number, got ${serial}`);
  return fill(pattern, year, String(serial));
}

/** What numbers of `year` will look like, the serial shown as `N`: 〔2024〕第N号. */
export function numberedShape(pattern: string, year: number): string {
  return fill(pattern, year, 'N');
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The year and serial of a number written in `pattern` (an export of our own, imported back),
 * so the counter never issues it again; null for a number of another register. A pattern
 * without `{year}` takes the row's own year.
 */
export function parseNumbered(pattern: string, number: string, yearOfRow: number): { year: number; serial: number } | null {
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
