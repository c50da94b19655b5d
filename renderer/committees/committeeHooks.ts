import { useLiveQuery } from 'dexie-react-hooks';
import { allCommitteeRecords, committeeRecordsOf, type CommitteeRecords } from './committeeQueries';
import { useDb } from '../db/DbContext';

/*
 * Live reads of the committee tables (see hooks.ts for the pattern): `undefined` while the
 * first read is pending, then re-rendered whenever a group, meeting or term changes.
 */

/** One estate's groups, meetings and terms, oldest first. */
export function useCommitteeRecordsOf(estateId: string): CommitteeRecords | undefined {
  const db = useDb();
  return useLiveQuery(() => committeeRecordsOf(db, estateId), [db, estateId]);
}

/** Every committee record of the street, for statuses, coverage and the action list. */
export function useAllCommitteeRecords(): CommitteeRecords | undefined {
  const db = useDb();
  return useLiveQuery(() => allCommitteeRecords(db), [db]);
}
