import { Dexie } from 'dexie';
import type { HistoryKind } from '../../shared/history';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/**
 * The names each record of `kind` had before (曾用名), oldest first, from the field history: an
 * estate renamed is still found by the name the district's old lists use. A name the record
 * carries again today is not a former one.
 */
export async function formerNamesOf(db: StreetLedgerDb, kind: HistoryKind, currentName: (recordId: string) => string | undefined): Promise<Map<string, string[]>> {
  const renames = await db.fieldHistory
    .where('[kind+recordId]')
    .between([kind, Dexie.minKey], [kind, Dexie.maxKey])
    .filter((e) => e.change === 'updated' && e.field === 'name' && typeof e.before === 'string')
    .toArray();
  renames.sort((a, b) => a.at - b.at);
  const former = new Map<string, string[]>();
  for (const entry of renames) {
    const name = String(entry.before).trim();
    const current = currentName(entry.recordId);
    if (name === '' || current === undefined || name === current) continue;
    const names = former.get(entry.recordId) ?? [];
    if (!names.includes(name)) names.push(name);
    former.set(entry.recordId, names);
  }
  return former;
}
