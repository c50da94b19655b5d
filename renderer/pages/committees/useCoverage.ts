import { useMemo } from 'react';
import { coverageFacts, summariseCoverage, type CoverageTable } from '../../../shared/committee/coverage';
import { COMMITTEE_STATUSES, type CommitteeStatusCode } from '../../../shared/committee/status';
import { useCommunities, useEstates } from '../../db/hooks';
import { useCommitteeStatuses } from './useCommitteeStatuses';

export interface Coverage {
  readonly table: CoverageTable;
  /** Estates per status on the day, over the communities in the table. */
  readonly statusCounts: Readonly<Record<CommitteeStatusCode, number>>;
}

/** The coverage table and the status breakdown of the street on `date`; `undefined` while loading. */
export function useCoverage(date: string): Coverage | undefined {
  const communities = useCommunities();
  const estates = useEstates();
  const statuses = useCommitteeStatuses(date);
  return useMemo(() => {
    if (!communities || !estates || !statuses) return undefined;
    const table = summariseCoverage(date, communities, estates, (id) => coverageFacts(statuses.of(id)));
    const known = new Set(communities.map((c) => c.id));
    const statusCounts = Object.fromEntries(COMMITTEE_STATUSES.map((code) => [code, 0])) as Record<CommitteeStatusCode, number>;
    for (const estate of estates) if (known.has(estate.communityId)) statusCounts[statuses.of(estate.id).code] += 1;
    return { table, statusCounts };
  }, [communities, estates, statuses, date]);
}
