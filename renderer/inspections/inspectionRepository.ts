import type { Inspection, InspectionFields } from '../../shared/inspections/inspection';
import { validateInspection, type InspectionDraft } from '../../shared/inspections/validateInspection';
import { lastEntryRow } from './inspectionDraftRepository';
import { inspectionHasNotices, recordNotFound, unknownEstate } from './inspectionProblems';
import { draftOwner } from './inspectionRows';
import { refuse, validOrRefuse } from '../db/problems';
import { rowsOfEstates } from '../db/rowsOfEstates';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { assertEditedVersion } from '../db/staleEdit';
import { nextTimestamp } from '../db/timestamps';

/*
 * Inspections. As in estateRepository.ts, each write is one rw transaction holding its checks
 * and its writes, awaiting nothing but Dexie inside.
 */

function validInspection(draft: InspectionDraft): InspectionFields {
  return validOrRefuse(validateInspection(draft));
}

function editableFields(row: Inspection): InspectionFields {
  const { estateId, inspectedOn, time, kind, inspectors, categories, score, findings } = row;
  return { estateId, inspectedOn, time, kind, inspectors, categories, score, findings };
}

/** The fields a change sets: `undefined` means "not part of this change" (as mergeDraft). */
function definedOnly(changes: InspectionDraft): InspectionDraft {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) out[key] = value;
  return out satisfies InspectionDraft;
}

async function assertEstateExists(db: StreetLedgerDb, estateId: string): Promise<void> {
  if (!(await db.estates.get(estateId))) refuse(unknownEstate(estateId));
}

export interface CreateInspectionOptions {
  /**
   * The entry form the inspection comes from: its photos (stored under the draft while the
   * form was open) move to the new inspection and its draft is cleared, in the same
   * transaction, so a crash leaves either the draft or the inspection, never both or neither.
   * The estate and inspectors are remembered for the form's next entry.
   */
  readonly fromDraft?: string;
}

export async function createInspection(db: StreetLedgerDb, draft: InspectionDraft, options: CreateInspectionOptions = {}): Promise<Inspection> {
  const fields = validInspection(draft);
  const at = nextTimestamp();
  const id = newId();
  return db.transaction('rw', [db.estates, db.inspections, db.inspectionPhotos, db.entryDrafts], async () => {
    await assertEstateExists(db, fields.estateId);
    let photoCount = 0;
    if (options.fromDraft !== undefined) {
      photoCount = await db.inspectionPhotos.where('ownerId').equals(draftOwner(options.fromDraft)).modify({ ownerId: id });
      await db.entryDrafts.delete(options.fromDraft);
      await db.entryDrafts.put(lastEntryRow(options.fromDraft, fields));
    }
    const row: Inspection = { ...fields, id, photoCount, createdAt: at, updatedAt: at };
    await db.inspections.add(row);
    return row;
  });
}

/**
 * Applies `changes` over the stored inspection; fields left `undefined` keep their value.
 * `edited`: the `updatedAt` the form showed; a save over a later write is refused.
 */
export async function updateInspection(db: StreetLedgerDb, id: string, changes: InspectionDraft, edited?: number): Promise<Inspection> {
  return db.transaction('rw', [db.estates, db.inspections], async () => {
    const stored = await db.inspections.get(id);
    if (!stored) return refuse(recordNotFound('inspection'));
    assertEditedVersion(stored, edited);
    const fields = validInspection({ ...editableFields(stored), ...definedOnly(changes) });
    await assertEstateExists(db, fields.estateId);
    const row: Inspection = { ...stored, ...fields, updatedAt: nextTimestamp(stored.updatedAt) };
    await db.inspections.put(row);
    return row;
  });
}

/**
 * Refused while a notice issued from it exists: the notice cites it. Its photos go with it.
 */
export async function deleteInspection(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', [db.inspections, db.inspectionPhotos, db.notices], async () => {
    if (!(await db.inspections.get(id))) refuse(recordNotFound('inspection'));
    const notices = await db.notices.where('inspectionId').equals(id).toArray();
    if (notices.length > 0) refuse(inspectionHasNotices(notices.map((n) => n.number)));
    await db.inspectionPhotos.where('ownerId').equals(id).delete();
    await db.inspections.delete(id);
  });
}

export async function getInspection(db: StreetLedgerDb, id: string): Promise<Inspection | undefined> {
  return db.inspections.get(id);
}

/** An estate's inspections, newest first. */
export async function listInspectionsOfEstate(db: StreetLedgerDb, estateId: string): Promise<Inspection[]> {
  const rows = await db.inspections.where('estateId').equals(estateId).toArray();
  return rows.sort((a, b) => (a.inspectedOn < b.inspectedOn ? 1 : a.inspectedOn > b.inspectedOn ? -1 : b.createdAt - a.createdAt));
}

export interface InspectionQuery {
  /** Inclusive ISO dates; '' leaves that end open. */
  readonly from: string;
  readonly to: string;
  /** Only these estates (a community's); `null` for all. */
  readonly estateIds: readonly string[] | null;
}

/**
 * The rows a ledger view needs, read through an index: the estates' index when the view is
 * narrowed to some estates, else the date index over the range. The caller filters the rest
 * (kind, the other end of the query) in memory.
 */
export async function queryInspections(db: StreetLedgerDb, query: InspectionQuery): Promise<Inspection[]> {
  if (query.estateIds !== null) {
    if (query.estateIds.length === 0) return [];
    const rows = await rowsOfEstates(db.inspections, query.estateIds);
    return rows.filter((r) => (query.from === '' || r.inspectedOn >= query.from) && (query.to === '' || r.inspectedOn <= query.to));
  }
  if (query.from === '' && query.to === '') return db.inspections.toArray();
  return db.inspections
    .where('inspectedOn')
    .between(query.from === '' ? '' : query.from, query.to === '' ? '\uffff' : query.to, true, true)
    .toArray();
}
