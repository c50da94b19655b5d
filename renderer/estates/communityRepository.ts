import type { Community, CommunityFields } from '../../shared/estates/community';
import { nameKey } from '../../shared/common/text';
import { validateCommunity } from '../../shared/estates/validation';
import { mergeDraft } from '../db/mergeDraft';
import { communityHasEstates, duplicateCommunityName, guardUnique, notFound, refuse, validOrRefuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { nextTimestamp } from '../db/timestamps';
import type { ReasonFieldOf } from '../../shared/history';
import { requireReason, type ReasonedChange } from '../history';
import { assertEditedVersion } from '../db/staleEdit';

/** What a form or an import row gives for a community, unparsed. */
export type CommunityDraft = Parameters<typeof validateCommunity>[0];

/*
 * Every write runs in one rw transaction that holds the check and the write together, and can
 * join a caller's transaction over the same tables (Dexie nests them), so a caller can write
 * several rows all-or-nothing.
 */

function validCommunity(draft: CommunityDraft): CommunityFields {
  return validOrRefuse(validateCommunity(draft));
}

function editableFields(row: Community): CommunityFields {
  const { name, kind, director, phone, planned } = row;
  return { name, kind, director, phone, planned };
}

/** Communities in the order they were entered (plan 5's order for the example street). */
export function byCreation(a: { createdAt: number; id: string }, b: { createdAt: number; id: string }): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A new row from validated fields. Exported for writers that add many at once. */
export function newCommunityRow(fields: CommunityFields, createdAt: number): Community {
  return { ...fields, id: newId(), nameKey: nameKey(fields.name), createdAt, updatedAt: createdAt };
}

/** Refuses a name already used in the street (compared by `nameKey`), other than `selfId`'s own. */
export async function assertCommunityNameFree(db: StreetLedgerDb, key: string, selfId?: string): Promise<void> {
  const clash = await db.communities.where('nameKey').equals(key).first();
  if (clash && clash.id !== selfId) refuse(duplicateCommunityName(clash.name));
}

export async function createCommunity(db: StreetLedgerDb, draft: CommunityDraft): Promise<Community> {
  const row = newCommunityRow(validCommunity(draft), nextTimestamp());
  return guardUnique(
    () =>
      db.transaction('rw', db.communities, async () => {
        await assertCommunityNameFree(db, row.nameKey);
        await db.communities.add(row);
        return row;
      }),
    () => duplicateCommunityName(row.name),
  );
}

/** Applies `changes` over the stored community; fields left `undefined` keep their value. */
export async function updateCommunity(db: StreetLedgerDb, id: string, changes: CommunityDraft, change: ReasonedChange<ReasonFieldOf<'community'>> = {}): Promise<Community> {
  let attemptedName = '';
  return guardUnique(
    () =>
      db.transaction('rw', db.communities, async () => {
        const stored = await db.communities.get(id);
        if (!stored) return refuse(notFound('community'));
        assertEditedVersion(stored, change.edited);
        const fields = validCommunity({
          ...mergeDraft(editableFields(stored), changes),
          planned: mergeDraft(stored.planned, changes.planned ?? {}),
        });
        attemptedName = fields.name;
        requireReason(change, editableFields(stored), fields);
        const row: Community = {
          ...fields,
          id,
          nameKey: nameKey(fields.name),
          createdAt: stored.createdAt,
          updatedAt: nextTimestamp(stored.updatedAt),
        };
        await assertCommunityNameFree(db, row.nameKey, id);
        await db.communities.put(row);
        return row;
      }),
    () => duplicateCommunityName(attemptedName),
  );
}

/** Refused while estates remain: they would be left pointing at nothing. */
export async function deleteCommunity(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', db.communities, db.estates, async () => {
    if (!(await db.communities.get(id))) refuse(notFound('community'));
    const count = await db.estates.where('communityId').equals(id).count();
    if (count > 0) refuse(communityHasEstates(count));
    await db.communities.delete(id);
  });
}

export async function getCommunity(db: StreetLedgerDb, id: string): Promise<Community | undefined> {
  return db.communities.get(id);
}

export async function listCommunities(db: StreetLedgerDb): Promise<Community[]> {
  return (await db.communities.toArray()).sort(byCreation);
}
