import type { Table } from 'dexie';
import { compositeKey } from '../../shared/common/compositeKey';
import { nameKey } from '../../shared/common/text';
import {
  DEFAULT_COMPLAINT_NUMBER_PATTERN,
  formatComplaintNumber,
  parseComplaintNumber,
  propertyCompanyLink,
  complaintRowKey,
  complaintStepOfRow,
  replayCourse,
  type Complaint,
  type ComplaintEvent,
  type ComplaintRow,
  type ComplaintStepRow,
} from '../../shared/complaints';
import { placeSteps } from '../db/importSteps';
import { refuse, validOrRefuse } from '../db/problems';
import type { RecordDiff } from '../../shared/exchange/diff';
import { NO_DIFF } from '../../shared/exchange/exchangeDiff';
import type { ImportBatchEntry } from '../../shared/exchange/importBatch';
import type { KindContext, StoredLedger } from '../../shared/exchange/recordKind';
import { yearOf } from '../../shared/inspections';
import type { ImportUnit } from '../db/importCommit';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { nextComplaintSerial } from './complaintRepository';

/*
 * Complaints of an import, as one undoable batch. A row names its estate (and community) by
 * name; they resolve to the stored ones (the analysis already refused names that do not exist).
 * A row with a number in the office's pattern keeps it and its serial, so the counter never
 * issues it again; a row without a number (a 12345 export has only the work order's) gets the
 * next one, in the year it was received. Undoing the batch removes the complaints; their
 * numbers stay used, as a deleted complaint's do. A complaint's steps (its course, who took each
 * and when) go into its course in their place; the community it was last assigned to follows.
 */

type Resolved = Pick<Complaint, 'estateId' | 'communityId' | 'againstName' | 'againstCompanyId'>;

function resolver(ledger: StoredLedger): (row: ComplaintRow) => Resolved {
  const communityByKey = new Map(ledger.communities.map((c) => [nameKey(c.name), c.id]));
  const estateByKey = new Map(ledger.estates.map((e) => [compositeKey(e.communityId, nameKey(e.name)), e]));
  return (row) => {
    const communityId = row.community === '' ? null : (communityByKey.get(nameKey(row.community)) ?? null);
    const estate = communityId === null || row.estate === '' ? undefined : estateByKey.get(compositeKey(communityId, nameKey(row.estate)));
    const company = propertyCompanyLink(estate);
    const byDefault = row.against === 'company' && (row.againstName === '' || row.againstName === company.name);
    return { estateId: estate?.id ?? null, communityId, againstName: byDefault ? company.name : row.againstName, againstCompanyId: byDefault ? company.companyId : null };
  };
}

function fieldsOf(row: ComplaintRow) {
  const { community: _community, estate: _estate, againstName: _againstName, ...fields } = row;
  return fields;
}

/** The community the course last assigned the complaint to. */
function assignedCommunity(events: readonly ComplaintEvent[]): string | null {
  return events.findLast((e) => e.type === 'assigned')?.communityId ?? null;
}

async function writeComplaints(db: StreetLedgerDb, diff: RecordDiff<ComplaintRow>, steps: RecordDiff<ComplaintStepRow>, ledger: StoredLedger, at: number, context: KindContext): Promise<ImportBatchEntry[]> {
  const pattern = context.complaintNumberPattern ?? DEFAULT_COMPLAINT_NUMBER_PATTERN;
  const resolve = resolver(ledger);
  const added: Complaint[] = [];
  const counters = new Map<number, number>();
  const nextSerial = async (year: number) => {
    const serial = Math.max(counters.get(year) ?? (await nextComplaintSerial(db, year)) - 1, 0) + 1;
    counters.set(year, serial);
    return serial;
  };
  // Numbered in the order they came in, whatever the order of the file's rows.
  const incoming = diff.added.map(({ value }) => value).sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.receivedAt.localeCompare(b.receivedAt));
  for (const value of incoming) {
    const year = yearOf(value.receivedOn);
    const parsed = value.number === '' ? null : parseComplaintNumber(pattern, value.number, year);
    let numbering: Pick<Complaint, 'year' | 'serial' | 'number'>;
    if (value.number === '') {
      const serial = await nextSerial(year);
      numbering = { year, serial, number: formatComplaintNumber(pattern, year, serial) };
    } else if (parsed !== null) {
      counters.set(parsed.year, Math.max(counters.get(parsed.year) ?? (await nextComplaintSerial(db, parsed.year)) - 1, parsed.serial));
      numbering = { ...parsed, number: value.number };
    } else {
      numbering = { year: null, serial: null, number: value.number };
    }
    added.push({
      ...fieldsOf(value),
      ...resolve(value),
      ...numbering,
      assignedCommunityId: null,
      events: [],
      inspectionIds: [],
      attachmentCount: 0,
      id: newId(),
      createdAt: at,
      updatedAt: at,
    });
  }
  const storedById = new Map(ledger.complaints.map((c) => [c.id, c]));
  const replaced: Complaint[] = [];
  const changed: Complaint[] = [];
  for (const { id, value } of diff.changed) {
    const before = storedById.get(id);
    if (!before) continue;
    replaced.push(before);
    const { number: _number, workOrderNumber: _workOrder, ...fields } = fieldsOf(value);
    changed.push({ ...before, ...fields, ...resolve(value), updatedAt: at });
  }
  // Each step's complaint by its number: one this import adds or changes, or a stored one.
  const byKey = new Map<string, Complaint>();
  for (const c of [...ledger.complaints, ...changed, ...added]) byKey.set(complaintRowKey(c), c);
  const communityByName = new Map(ledger.communities.map((c) => [nameKey(c.name), c.id]));
  const courses = placeSteps(
    steps,
    (row) => {
      const complaint = byKey.get(complaintRowKey(row)) ?? refuse({ field: 'number', code: 'notFound' });
      return { id: complaint.id, steps: complaint.events };
    },
    (row) => complaintStepOfRow(row, (name) => communityByName.get(nameKey(name)) ?? refuse({ field: 'community', code: 'unknownCommunity', params: { name } })),
  );
  const addedAt = new Map(added.map((c, i) => [c.id, i]));
  const changedAt = new Map(changed.map((c, i) => [c.id, i]));
  for (const [id, events] of courses) {
    const course = { events, assignedCommunityId: assignedCommunity(events) };
    const a = addedAt.get(id);
    const c = changedAt.get(id);
    if (a !== undefined) added[a] = { ...added[a]!, ...course };
    else if (c !== undefined) changed[c] = { ...changed[c]!, ...course };
    else {
      // Steps alone: the complaint's status, dates and answers follow from its course, taken again.
      const before = storedById.get(id)!;
      const progress = validOrRefuse(replayCourse(before.receivedOn, events));
      replaced.push(before);
      changed.push({ ...before, ...progress, updatedAt: at });
    }
  }
  await db.complaints.bulkAdd(added);
  await db.complaints.bulkPut(changed);
  for (const [year, last] of counters) await db.complaintCounters.put({ year, last });
  return [{ table: 'complaints', added: added.map((c) => c.id), replaced }];
}

export const complaintImport: ImportUnit = {
  batch: 'complaints',
  write: (db, diff, ledger, at, context) => writeComplaints(db, diff.complaints ?? NO_DIFF, diff.complaintSteps ?? NO_DIFF, ledger, at, context),
  alsoWrites: (db): readonly Table[] => [db.complaintCounters],
};
