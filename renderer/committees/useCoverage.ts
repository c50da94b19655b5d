import { useMemo } from 'react';
import { coverageFacts, summariseCoverage, type CoverageTable } from '../../shared/committees/coverage';
import { COMMITTEE_STATUSES, type CommitteeStatusCode } from '../../shared/committees/status';
import type { EstateStatusLine } from '../../shared/committees/coverageReport';
import { useCommunities, useEstates } from '../estates/ui';
import { useCommitteeStatuses } from './useCommitteeStatuses';

export interface Coverage {
  readonly table: CoverageTable;
  /** Every counted estate with its status, in the office's order, for the report's second sheet. */
  readonly lines: readonly EstateStatusLine[];
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
    const order = new Map(communities.map((c, i) => [c.id, i]));
    const names = new Map(communities.map((c) => [c.id, c.name]));
    const counted = estates.filter((e) => order.has(e.communityId)).sort((a, b) => (order.get(a.communityId) ?? 0) - (order.get(b.communityId) ?? 0));
    const statusCounts = Object.fromEntries(COMMITTEE_STATUSES.map((code) => [code, 0])) as Record<CommitteeStatusCode, number>;
    for (const estate of counted) statusCounts[statuses.of(estate.id).code] += 1;
    const lines = counted.map((e) => ({ community: names.get(e.communityId) ?? '', estate: e.name, estateClass: e.estateClass, status: statuses.of(e.id) }));
    return { table, lines, statusCounts };
  }, [communities, estates, statuses, date]);
}
