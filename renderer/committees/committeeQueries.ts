import type { AssemblyMeeting, CommitteeTerm, PreparatoryGroup } from '../../shared/committees/types';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/*
 * Read-only queries for the committee hooks: plain Dexie reads, so live queries observe the
 * three tables and re-run when any of them changes.
 */

export interface CommitteeRecords {
  readonly groups: readonly PreparatoryGroup[];
  readonly meetings: readonly AssemblyMeeting[];
  readonly terms: readonly CommitteeTerm[];
}

const byDate = <K extends string>(key: K) => (a: Readonly<Record<K, string>>, b: Readonly<Record<K, string>>) =>
  a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;

/** One estate's records, oldest first: groups by formation, meetings by date, terms by number. */
export async function committeeRecordsOf(db: StreetLedgerDb, estateId: string): Promise<CommitteeRecords> {
  const [groups, meetings, terms] = await Promise.all([
    db.preparatoryGroups.where('estateId').equals(estateId).toArray(),
    db.assemblyMeetings.where('estateId').equals(estateId).toArray(),
    db.committeeTerms.where('estateId').equals(estateId).toArray(),
  ]);
  return {
    groups: groups.sort(byDate('formedOn')),
    meetings: meetings.sort(byDate('heldOn')),
    terms: terms.sort((a, b) => a.termNumber - b.termNumber),
  };
}

/** Every record of the street: what statuses, coverage and the action list are computed from. */
export async function allCommitteeRecords(db: StreetLedgerDb): Promise<CommitteeRecords> {
  const [groups, meetings, terms] = await Promise.all([
    db.preparatoryGroups.toArray(),
    db.assemblyMeetings.toArray(),
    db.committeeTerms.toArray(),
  ]);
  return { groups, meetings, terms };
}
