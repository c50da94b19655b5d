import { useLiveQuery } from 'dexie-react-hooks';
import type { Community } from '../../shared/estates/community';
import type { Estate } from '../../shared/estates/estate';
import { getCommunity, listCommunities } from './communityRepository';
import { useDb } from '../db/DbContext';
import { getEstate, listEstates } from './estateRepository';
import { countEstatesByCommunity, isDatabaseEmpty } from './queries';

/*
 * Components read the database only through these hooks. Each re-renders when the rows it read
 * change, and returns `undefined` while the first read is pending (show a spinner, not "empty").
 */

/** In creation order, which for the example street is plan 5's order, the district's order. */
export function useCommunities(): Community[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listCommunities(db), [db]);
}

/** `null` once read and missing (deleted elsewhere), `undefined` while loading. */
export function useCommunity(id: string | undefined): Community | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id === undefined ? null : ((await getCommunity(db, id)) ?? null)), [db, id]);
}

/** All estates, oldest first; tables filter and sort in memory. */
export function useEstates(): Estate[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listEstates(db), [db]);
}

/** `null` once read and missing (deleted elsewhere), `undefined` while loading. */
export function useEstate(id: string | undefined): Estate | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id === undefined ? null : ((await getEstate(db, id)) ?? null)), [db, id]);
}

/** Estates per community id (communities without estates are absent: read as 0). */
export function useEstateCounts(): ReadonlyMap<string, number> | undefined {
  const db = useDb();
  return useLiveQuery(() => countEstatesByCommunity(db), [db]);
}

/** Whether nothing has been entered yet, e.g. to offer the example street. */
export function useIsDatabaseEmpty(): boolean | undefined {
  const db = useDb();
  return useLiveQuery(() => isDatabaseEmpty(db), [db]);
}
