import type { AssemblyMeeting, AssemblyMeetingFields, PreparatoryGroup, PreparatoryGroupFields } from '../../shared/committees/types';
import { validateAssemblyMeeting, validatePreparatoryGroup } from '../../shared/committees/validation';
import type { Problem } from '../../shared/common/problem';
import type { Draft } from '../../shared/estates';
import { committeeRecordMissing, estateOf } from './committeeRefusals';
import { mergeDraft } from '../db/mergeDraft';
import { refuse, validOrRefuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { assertEditedVersion } from '../db/staleEdit';
import { nextTimestamp } from '../db/timestamps';

/*
 * The steps before a committee: the preparatory group (筹备组) and the owners' assembly
 * meetings. Same rules as the estate repository: validate with the shared validators, then
 * check and write in one rw transaction.
 */

export type PreparatoryGroupDraft = Draft<PreparatoryGroupFields>;
export type AssemblyMeetingDraft = Draft<AssemblyMeetingFields>;

function groupFields(row: PreparatoryGroup): PreparatoryGroupFields {
  const { estateId, formedOn, members, communityRepresentative, notes } = row;
  return { estateId, formedOn, members, communityRepresentative, notes };
}

export async function createPreparatoryGroup(db: StreetLedgerDb, draft: PreparatoryGroupDraft): Promise<PreparatoryGroup> {
  const fields = validOrRefuse(validatePreparatoryGroup(draft));
  const at = nextTimestamp();
  const row: PreparatoryGroup = { ...fields, id: newId(), createdAt: at, updatedAt: at };
  return db.transaction('rw', db.estates, db.preparatoryGroups, async () => {
    await estateOf(db, row.estateId);
    await db.preparatoryGroups.add(row);
    return row;
  });
}

/**
 * Applies `changes` over the stored group; fields left `undefined` keep their value. `edited`:
 * the `updatedAt` the form showed; a save over a later write is refused.
 */
export async function updatePreparatoryGroup(db: StreetLedgerDb, id: string, changes: PreparatoryGroupDraft, edited?: number): Promise<PreparatoryGroup> {
  return db.transaction('rw', db.estates, db.preparatoryGroups, async () => {
    const stored = await db.preparatoryGroups.get(id);
    if (!stored) return refuse(committeeRecordMissing('group'));
    assertEditedVersion(stored, edited);
    const fields = validOrRefuse(validatePreparatoryGroup(mergeDraft(groupFields(stored), changes)));
    await estateOf(db, fields.estateId);
    const row: PreparatoryGroup = { ...fields, id, createdAt: stored.createdAt, updatedAt: nextTimestamp(stored.updatedAt) };
    await db.preparatoryGroups.put(row);
    return row;
  });
}

export async function deletePreparatoryGroup(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', db.preparatoryGroups, async () => {
    if (!(await db.preparatoryGroups.get(id))) refuse(committeeRecordMissing('group'));
    await db.preparatoryGroups.delete(id);
  });
}

function meetingFields(row: AssemblyMeeting): AssemblyMeetingFields {
  const { estateId, kind, heldOn, convenedBy, attendingOwners, ownerSharePercent, areaSharePercent, resolutions } = row;
  return { estateId, kind, heldOn, convenedBy, attendingOwners, ownerSharePercent, areaSharePercent, resolutions };
}

/**
 * The checks that need the database: the estate exists, no more owners attend than it has
 * households (when both are known), and only one meeting is its first assembly.
 */
async function assertMeetingFits(db: StreetLedgerDb, row: AssemblyMeeting): Promise<void> {
  const estate = await estateOf(db, row.estateId);
  const problems: Problem[] = [];
  if (row.attendingOwners !== null && estate.households !== null && row.attendingOwners > estate.households) {
    problems.push({ field: 'attendingOwners', code: 'exceedsHouseholds', params: { households: estate.households } });
  }
  if (row.kind === 'first') {
    const earlierFirst = (await db.assemblyMeetings.where('estateId').equals(row.estateId).toArray()).find(
      (m) => m.kind === 'first' && m.id !== row.id,
    );
    if (earlierFirst) problems.push({ field: 'kind', code: 'duplicateFirstAssembly', params: { heldOn: earlierFirst.heldOn } });
  }
  if (problems.length > 0) refuse(...problems);
}

export async function createAssemblyMeeting(db: StreetLedgerDb, draft: AssemblyMeetingDraft): Promise<AssemblyMeeting> {
  const fields = validOrRefuse(validateAssemblyMeeting(draft));
  const at = nextTimestamp();
  const row: AssemblyMeeting = { ...fields, id: newId(), createdAt: at, updatedAt: at };
  return db.transaction('rw', db.estates, db.assemblyMeetings, async () => {
    await assertMeetingFits(db, row);
    await db.assemblyMeetings.add(row);
    return row;
  });
}

/** `edited`: the `updatedAt` the form showed; a save over a later write is refused. */
export async function updateAssemblyMeeting(db: StreetLedgerDb, id: string, changes: AssemblyMeetingDraft, edited?: number): Promise<AssemblyMeeting> {
  return db.transaction('rw', db.estates, db.assemblyMeetings, async () => {
    const stored = await db.assemblyMeetings.get(id);
    if (!stored) return refuse(committeeRecordMissing('meeting'));
    assertEditedVersion(stored, edited);
    const fields = validOrRefuse(validateAssemblyMeeting(mergeDraft(meetingFields(stored), changes)));
    const row: AssemblyMeeting = { ...fields, id, createdAt: stored.createdAt, updatedAt: nextTimestamp(stored.updatedAt) };
    await assertMeetingFits(db, row);
    await db.assemblyMeetings.put(row);
    return row;
  });
}

export async function deleteAssemblyMeeting(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', db.assemblyMeetings, async () => {
    if (!(await db.assemblyMeetings.get(id))) refuse(committeeRecordMissing('meeting'));
    await db.assemblyMeetings.delete(id);
  });
}
