import { draftOwner, type EntryDraft } from './inspectionRows';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/*
 * What the inspection entry form has typed so far, saved on every change, so a crash or a
 * closed window loses nothing; and what the clerk entered last time (estate, inspectors), so
 * the next entry starts from it.
 */

/** The one draft of the fast entry form (a second window shares it: last write wins). */
export const INSPECTION_ENTRY_DRAFT = 'inspection-entry';

/** Where a form's "last entry" is kept, beside its draft. */
function lastEntryKey(formKey: string): string {
  return `${formKey}:last`;
}

export async function saveEntryDraft(db: StreetLedgerDb, key: string, values: unknown): Promise<void> {
  await db.entryDrafts.put({ id: key, values, savedAt: Date.now() });
}

export async function loadEntryDraft(db: StreetLedgerDb, key: string): Promise<EntryDraft | undefined> {
  return db.entryDrafts.get(key);
}

/** Throws the draft away with the photos attached to it. */
export async function discardEntryDraft(db: StreetLedgerDb, key: string): Promise<void> {
  await db.transaction('rw', [db.entryDrafts, db.inspectionPhotos], async () => {
    await db.entryDrafts.delete(key);
    await db.inspectionPhotos.where('ownerId').equals(draftOwner(key)).delete();
  });
}

/** Whether a draft holds anything worth offering back: typed values or photos. */
export async function draftPhotoCount(db: StreetLedgerDb, key: string): Promise<number> {
  return db.inspectionPhotos.where('ownerId').equals(draftOwner(key)).count();
}

export interface LastEntry {
  readonly estateId: string;
  readonly inspectors: readonly string[];
}

/** The row that remembers a saved entry; written by the save's own transaction. */
export function lastEntryRow(formKey: string, last: LastEntry): EntryDraft {
  return { id: lastEntryKey(formKey), values: { estateId: last.estateId, inspectors: [...last.inspectors] }, savedAt: Date.now() };
}

/** What the clerk saved last from this form; anything unreadable (an older shape) is nothing. */
export async function loadLastEntry(db: StreetLedgerDb, formKey: string): Promise<LastEntry | null> {
  const row = await db.entryDrafts.get(lastEntryKey(formKey));
  const values: unknown = row?.values;
  if (typeof values !== 'object' || values === null) return null;
  const { estateId, inspectors } = values as { estateId?: unknown; inspectors?: unknown };
  if (typeof estateId !== 'string' || !Array.isArray(inspectors)) return null;
  return { estateId, inspectors: inspectors.filter((n): n is string => typeof n === 'string') };
}
