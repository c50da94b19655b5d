import type { Estate, EstateFields } from '../../shared/estates/estate';
import { UNCLASSIFIED } from '../../shared/estates/estateClass';
import { nameKey } from '../../shared/common/text';
import { validateEstate, type Draft } from '../../shared/estates/validation';
import { byCreation } from './communityRepository';
import { assertNoCommitteeRecords, committeeTables } from '../committees';
import { assertNoInspectionRecords, inspectionTables } from '../inspections';
import { mergeDraft } from '../db/mergeDraft';
import { duplicateName, guardUnique, notFound, refuse, unknownCommunity, validOrRefuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { nextTimestamp } from '../db/timestamps';
import type { ReasonField } from '../../shared/history';
import { requireReason, type ReasonedChange } from '../history';
import { assertEditedVersion } from '../db/staleEdit';
import { linkCompany } from '../companies';

/** What a form or an import row gives for an estate, unparsed. */
export type EstateDraft = Draft<EstateFields>;

/*
 * Same transaction rules as communityRepository.ts: check and write in one rw transaction over
 * both tables (the community is read to prove it exists and to name it in messages).
 */

function validEstate(draft: EstateDraft): EstateFields {
  // 0 is how the database stores "unclassified"; the validator reads that as blank, not as 0.
  const estateClass = draft.estateClass === UNCLASSIFIED ? null : draft.estateClass;
  return validOrRefuse(validateEstate({ ...draft, estateClass }));
}

function editableFields(row: Estate): EstateFields {
  const { communityId, name, aliases, estateClass, mode, company, buildings, households, floorArea, address, pilot, notes } = row;
  return { communityId, name, aliases, estateClass, mode, company, buildings, households, floorArea, address, pilot, notes };
}

/**
 * The community the estate belongs to, by id; refused if it does not exist. Returns its name
 * for messages.
 */
async function communityNameOf(db: StreetLedgerDb, communityId: string): Promise<string> {
  const community = await db.communities.get(communityId);
  return community ? community.name : refuse(unknownCommunity(communityId));
}

/** Refuses a name already used in the community (compared by `nameKey`), other than `selfId`'s own. */
async function assertEstateNameFree(db: StreetLedgerDb, row: Estate, communityName: string): Promise<void> {
  const clash = await db.estates.where('[communityId+nameKey]').equals([row.communityId, row.nameKey]).first();
  if (clash && clash.id !== row.id) refuse(duplicateName(clash.name, communityName));
}

export async function createEstate(db: StreetLedgerDb, draft: EstateDraft): Promise<Estate> {
  const fields = validEstate(draft);
  const at = nextTimestamp();
  const unlinked: Estate = { ...fields, id: newId(), nameKey: nameKey(fields.name), companyId: null, createdAt: at, updatedAt: at };
  let communityName = '';
  return guardUnique(
    () =>
      db.transaction('rw', db.communities, db.estates, db.companies, async () => {
        communityName = await communityNameOf(db, unlinked.communityId);
        await assertEstateNameFree(db, unlinked, communityName);
        const row: Estate = { ...unlinked, companyId: await linkCompany(db, fields.company, undefined, newId) };
        await db.estates.add(row);
        return row;
      }),
    () => duplicateName(unlinked.name, communityName),
  );
}

/** Why an edit is made, for the field history; `reasonRequiredFor` comes from the settings. */
export type EstateChange = ReasonedChange<ReasonField>;

/**
 * Applies `changes` over the stored estate; fields left `undefined` keep their value. Refused
 * without a reason when a field the settings name changes (the field history keeps the reason).
 */
export async function updateEstate(db: StreetLedgerDb, id: string, changes: EstateDraft, change: EstateChange = {}): Promise<Estate> {
  let attemptedName = '';
  let communityName = '';
  return guardUnique(
    () =>
      db.transaction('rw', db.communities, db.estates, db.companies, async () => {
        const stored = await db.estates.get(id);
        if (!stored) return refuse(notFound('estate'));
        assertEditedVersion(stored, change.edited);
        const fields = validEstate(mergeDraft(editableFields(stored), changes));
        attemptedName = fields.name;
        requireReason(change, editableFields(stored), fields);
        const row: Estate = {
          ...fields,
          id,
          nameKey: nameKey(fields.name),
          companyId: await linkCompany(db, fields.company, stored, newId),
          createdAt: stored.createdAt,
          updatedAt: nextTimestamp(stored.updatedAt),
        };
        communityName = await communityNameOf(db, row.communityId);
        await assertEstateNameFree(db, row, communityName);
        await db.estates.put(row);
        return row;
      }),
    () => duplicateName(attemptedName, communityName),
  );
}

/** Refused while records hang off the estate (see assertNoCommitteeRecords). */
export async function deleteEstate(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', [db.estates, ...committeeTables(db), ...inspectionTables(db)], async () => {
    if (!(await db.estates.get(id))) refuse(notFound('estate'));
    await assertNoCommitteeRecords(db, id);
    await assertNoInspectionRecords(db, id);
    await db.estates.delete(id);
  });
}

export async function getEstate(db: StreetLedgerDb, id: string): Promise<Estate | undefined> {
  return db.estates.get(id);
}

/** All estates, oldest first; lists filter and sort these in memory (10,000 rows is cheap). */
export async function listEstates(db: StreetLedgerDb): Promise<Estate[]> {
  return (await db.estates.toArray()).sort(byCreation);
}
