import { keptText } from './text';

/**
 * Several names in one cell or box ("锦江物业、锦江", "翠湖苑；翠湖花园") or as a list: each kept as
 * typed, blanks and repeats (by `key`, the folded matching key) dropped, in the order given.
 * `separators` says what splits a cell: each kind of name decides which marks can sit inside one.
 */
export function parseNameList(raw: unknown, key: (name: string) => string, separators: RegExp): string[] {
  const parts = Array.isArray(raw) ? raw.map(String) : raw === null || raw === undefined ? [] : String(raw).split(separators);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts) {
    const name = keptText(part);
    const folded = key(name);
    if (folded === '' || seen.has(folded)) continue;
    seen.add(folded);
    out.push(name);
  }
  return out;
}
