import type { Problem } from '../../shared/common/problem';
import {
  FRESH_PROGRESS,
  formatComplaintNumber,
  inspectionCategoryOf,
  OPEN_COMPLAINT_STATUSES,
  propertyCompanyLink,
  takeStep,
  validateComplaint,
  type Complaint,
  type ComplaintDraft,
  type ComplaintEventType,
  type ComplaintFields,
  type ComplaintStatus,
  type StepDraft,
} from '../../shared/complaints';
import { uncheckedCategories, yearOf, type Inspection } from '../../shared/inspections';
import { guardUnique, refuse, validOrRefuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { assertEditedVersion } from '../db/staleEdit';
import { nextTimestamp } from '../db/timestamps';
import { createInspection, unknownEstate } from '../inspections';

/*
 * Complaints. Numbering as for notices: the serial is the year's counter plus one, read and
 * bumped in the same rw transaction that stores the complaint, so two saved at once get two
 * serials, a deleted complaint's number is never issued again, and the unique [year+serial]
 * index refuses a duplicate even from a writer that bypassed the counter. Every write is one
 * transaction; the field history logs each change of status with who and when.
 */

export function complaintNotFound(): Problem {
  return { field: 'complaint', code: 'notFound' };
}

export function complaintNumberTaken(number: string): Problem {
  return { field: 'complaint', code: 'complaintNumberTaken', params: { number } };
}

/** The serial the next complaint of `year` gets: after the counter and after any stored one. */
export async function nextComplaintSerial(db: StreetLedgerDb, year: number): Promise<number> {
  const counter = await db.complaintCounters.get(year);
  const highest = await db.complaints.where('[year+serial]').between([year, 0], [year, Number.MAX_SAFE_INTEGER], true, true).last();
  return Math.max(counter?.last ?? 0, highest?.serial ?? 0) + 1;
}

/**
 * The intake fields as stored: the community is the estate's (estates can be chosen without
 * their community), and a complaint against "the company" names the estate's property company
 * unless the clerk typed another name.
 */
async function placedFields(db: StreetLedgerDb, fields: ComplaintFields): Promise<ComplaintFields> {
  if (fields.estateId !== null) {
    const estate = await db.estates.get(fields.estateId);
    if (!estate) return refuse(unknownEstate(fields.estateId));
    const company = propertyCompanyLink(estate);
    const byDefault = fields.against === 'company' && (fields.againstName === '' || fields.againstName === company.name);
    return { ...fields, communityId: estate.communityId, againstName: byDefault ? company.name : fields.againstName, againstCompanyId: byDefault ? company.companyId : null };
  }
  if (fields.communityId !== null && !(await db.communities.get(fields.communityId))) refuse({ field: 'communityId', code: 'unknownCommunity', params: { name: fields.communityId } });
  return { ...fields, againstCompanyId: null };
}

export interface RecordOptions {
  /** The settings' complaintNumberPattern. */
  readonly pattern: string;
}

/** Records a complaint as it came in: validated, numbered in the year of receipt, 待受理. */
export async function recordComplaint(db: StreetLedgerDb, draft: ComplaintDraft, options: RecordOptions): Promise<Complaint> {
  const validated = validOrRefuse(validateComplaint(draft));
  const year = yearOf(validated.receivedOn);
  let number = '';
  return guardUnique(
    () =>
      db.transaction('rw', [db.estates, db.communities, db.complaints, db.complaintCounters], async () => {
        const fields = await placedFields(db, validated);
        const serial = await nextComplaintSerial(db, year);
        number = formatComplaintNumber(options.pattern, year, serial);
        const at = nextTimestamp();
        const row: Complaint = { ...fields, ...FRESH_PROGRESS, id: newId(), year, serial, number, inspectionIds: [], attachmentCount: 0, createdAt: at, updatedAt: at };
        await db.complaintCounters.put({ year, last: serial });
        await db.complaints.add(row);
        return row;
      }),
    () => complaintNumberTaken(number),
  );
}

/**
 * Corrects what was recorded at intake; the course and the number stay. `edited` is the
 * `updatedAt` the form showed: a save over a later write (a step taken meanwhile) is refused.
 */
export async function updateComplaint(db: StreetLedgerDb, id: string, draft: ComplaintDraft, edited?: number): Promise<Complaint> {
  const validated = validOrRefuse(validateComplaint(draft));
  return db.transaction('rw', [db.estates, db.communities, db.complaints], async () => {
    const stored = await db.complaints.get(id);
    if (!stored) return refuse(complaintNotFound());
    assertEditedVersion(stored, edited);
    const fields = await placedFields(db, validated);
    const row: Complaint = { ...stored, ...fields, updatedAt: nextTimestamp(stored.updatedAt) };
    await db.complaints.put(row);
    return row;
  });
}

export interface StepOptions {
  /** Who takes the step (the settings' 操作人). */
  readonly operator: string;
  readonly extensionMaxDays: number;
}

/** Takes one step of the course on the stored complaint and stores the result. */
export async function takeComplaintStep(db: StreetLedgerDb, id: string, step: ComplaintEventType, draft: StepDraft, options: StepOptions): Promise<Complaint> {
  return db.transaction('rw', [db.communities, db.complaints], async () => {
    const stored = await db.complaints.get(id);
    if (!stored) return refuse(complaintNotFound());
    if (step === 'assigned' && draft.communityId && !(await db.communities.get(draft.communityId))) {
      refuse({ field: 'communityId', code: 'unknownCommunity', params: { name: draft.communityId } });
    }
    const at = nextTimestamp(stored.updatedAt);
    const progress = validOrRefuse(takeStep(stored, step, draft, { receivedOn: stored.receivedOn, author: { by: options.operator, at }, extensionMaxDays: options.extensionMaxDays }));
    const row: Complaint = { ...stored, ...progress, updatedAt: at };
    await db.complaints.put(row);
    return row;
  });
}

/** Deletes a complaint recorded in error, with its attachments. Its number stays used. */
export async function deleteComplaint(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', [db.complaints, db.complaintAttachments], async () => {
    if (!(await db.complaints.get(id))) refuse(complaintNotFound());
    await db.complaintAttachments.where('complaintId').equals(id).delete();
    await db.complaints.delete(id);
  });
}

export interface InspectOptions {
  readonly on: string;
  readonly time: string;
  readonly inspectors: readonly string[];
}

/**
 * "Inspect this": an inspection of the complaint's estate, prefilled from it (the category it is
 * about marked 有问题 with its content, the rest not applicable, the findings citing it), linked
 * to the complaint in the same transaction. The clerk completes it in the entry form; a notice
 * issued from it cites the complaint.
 */
export async function inspectComplaint(db: StreetLedgerDb, id: string, options: InspectOptions, citation: (number: string) => string): Promise<Inspection> {
  return db.transaction('rw', [db.complaints, db.estates, db.inspections, db.inspectionPhotos, db.entryDrafts], async () => {
    const stored = await db.complaints.get(id);
    if (!stored) return refuse(complaintNotFound());
    if (stored.estateId === null) return refuse({ field: 'estateId', code: 'required' });
    const category = inspectionCategoryOf(stored.category);
    const categories = { ...uncheckedCategories(), [category]: { result: 'problem', note: stored.content.slice(0, 500), mark: null } };
    const inspection = await createInspection(db, {
      estateId: stored.estateId,
      inspectedOn: options.on,
      time: options.time,
      kind: 'spotCheck',
      inspectors: [...options.inspectors],
      categories,
      score: null,
      findings: citation(stored.number),
    });
    await db.complaints.put({ ...stored, inspectionIds: [...stored.inspectionIds, inspection.id], updatedAt: nextTimestamp(stored.updatedAt) });
    return inspection;
  });
}

export function getComplaint(db: StreetLedgerDb, id: string): Promise<Complaint | undefined> {
  return db.complaints.get(id);
}

export function listComplaintsOfEstate(db: StreetLedgerDb, estateId: string): Promise<Complaint[]> {
  return db.complaints.where('estateId').equals(estateId).reverse().sortBy('receivedOn');
}

/** The complaint an inspection was made for (and so the one its notices cite). */
export function complaintsOfInspection(db: StreetLedgerDb, inspectionId: string): Promise<Complaint[]> {
  return db.complaints.where('inspectionIds').equals(inspectionId).toArray();
}

export interface ComplaintQuery {
  readonly communityIds: readonly string[];
  readonly statuses: readonly ComplaintStatus[];
  readonly from: string;
  readonly to: string;
}

/**
 * The complaints a ledger view needs, read through the narrowest index its filters allow:
 * community and status together by `[communityId+status]`, either alone by its own index, the
 * date range by `receivedOn`. The ledger's own filter then applies every facet.
 */
export async function queryComplaints(db: StreetLedgerDb, query: ComplaintQuery): Promise<Complaint[]> {
  const { communityIds, statuses } = query;
  if (communityIds.length > 0 && statuses.length > 0) {
    return db.complaints.where('[communityId+status]').anyOf(communityIds.flatMap((c) => statuses.map((s) => [c, s]))).toArray();
  }
  if (communityIds.length > 0) return db.complaints.where('communityId').anyOf([...communityIds]).toArray();
  if (statuses.length > 0) return db.complaints.where('status').anyOf([...statuses]).toArray();
  if (query.from !== '' || query.to !== '') return db.complaints.where('receivedOn').between(query.from, query.to === '' ? '\uffff' : query.to, true, true).toArray();
  return db.complaints.toArray();
}

/** Every complaint not yet settled: what can be due or overdue (the home page's week). */
export function listOpenComplaints(db: StreetLedgerDb): Promise<Complaint[]> {
  return db.complaints.where('status').anyOf([...OPEN_COMPLAINT_STATUSES]).toArray();
}

export function listComplaints(db: StreetLedgerDb): Promise<Complaint[]> {
  return db.complaints.toArray();
}
