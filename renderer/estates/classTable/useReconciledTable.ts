import { useMemo } from 'react';
import { summariseByCommunity } from '../../../shared/estates/classSummary';
import { reconcileTable, type ReconciledTable } from '../../../shared/estates/reconciliation';
import { useCommunities, useEstates } from '../hooks';

/** The community × class table with its findings, live; `undefined` while loading. */
export function useReconciledTable(): ReconciledTable | undefined {
  const communities = useCommunities();
  const estates = useEstates();
  return useMemo(
    () => (communities && estates ? reconcileTable(summariseByCommunity(communities, estates)) : undefined),
    [communities, estates],
  );
}

export function countFindings(table: ReconciledTable): number {
  return table.rows.reduce((n, row) => n + row.findings.length, table.totals.findings.length);
}
