/**
 * Which columns of a ledger a clerk chose to see, remembered per table on this computer. What
 * is stored is read defensively: an unknown key (a column renamed since) is dropped, and a
 * stored choice that leaves nothing falls back to the defaults.
 */

const STORAGE_PREFIX = 'street-ledger.columns.';

export function storageKeyOf(table: string): string {
  return `${STORAGE_PREFIX}${table}`;
}

export function readColumnChoice(storage: Pick<Storage, 'getItem'>, table: string, all: readonly string[], defaults: readonly string[]): string[] {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(storageKeyOf(table)) ?? 'null');
  } catch {
    stored = null;
  }
  if (!Array.isArray(stored)) return [...defaults];
  const known = stored.filter((key): key is string => typeof key === 'string' && all.includes(key));
  return known.length === 0 ? [...defaults] : all.filter((key) => known.includes(key));
}

export function writeColumnChoice(storage: Pick<Storage, 'setItem'>, table: string, shown: readonly string[]): void {
  try {
    storage.setItem(storageKeyOf(table), JSON.stringify(shown));
  } catch {
    // Storage full or blocked: the choice holds for this session only, nothing else breaks.
  }
}
