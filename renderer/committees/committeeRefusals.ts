import type { Problem } from '../../shared/common/problem';
import { refuse } from '../db/problems';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/*
 * Refusals of the committee repositories, beside the shared validators' own. Field names are
 * the form fields (and the locale labels in shared/i18n/domain.ts).
 */

export type CommitteeRecordField = 'group' | 'meeting' | 'term' | 'member';

export function committeeRecordMissing(field: CommitteeRecordField): Problem {
  return { field, code: 'notFound' };
}

/** The estate a record belongs to must exist; returns it for further checks. */
export async function estateOf(db: StreetLedgerDb, estateId: string) {
  const estate = await db.estates.get(estateId);
  return estate ?? refuse({ field: 'estateId', code: 'unknownEstate', params: { name: estateId } });
}

export interface CommitteeRecordCounts {
  readonly groups: number;
  readonly meetings: number;
  readonly terms: number;
}

export async function countCommitteeRecords(db: StreetLedgerDb, estateId: string): Promise<CommitteeRecordCounts> {
  const [groups, meetings, terms] = await Promise.all([
    db.preparatoryGroups.where('estateId').equals(estateId).count(),
    db.assemblyMeetings.where('estateId').equals(estateId).count(),
    db.committeeTerms.where('estateId').equals(estateId).count(),
  ]);
  return { groups, meetings, terms };
}

/** The committee tables, for a caller's transaction that must see them (deleting an estate). */
export function committeeTables(db: StreetLedgerDb) {
  return [db.preparatoryGroups, db.assemblyMeetings, db.committeeTerms] as const;
}

/**
 * Deleting an estate is refused while it has committee records: a filing history (备案) is
 * the street's evidence and must not vanish with a mistaken click. The clerk deletes the
 * records first, on the estate page, if the estate really was entered by mistake.
 */
export async function assertNoCommitteeRecords(db: StreetLedgerDb, estateId: string): Promise<void> {
  const counts = await countCommitteeRecords(db, estateId);
  if (counts.groups + counts.meetings + counts.terms > 0) {
    refuse({ field: 'estate', code: 'estateHasCommitteeRecords', params: { ...counts } });
  }
}
