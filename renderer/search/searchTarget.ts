import type { SearchDocument, SearchKind } from '../../shared/search';
import type { Route } from '../app/useHashRoute';

/** Where Enter on a hit goes: the record's own page, or the ledger filtered to it. */
const TARGETS: Readonly<Record<SearchKind, (opens: string) => Route>> = {
  estate: (estateId) => ({ page: 'estate', estateId }),
  community: (communityId) => ({ page: 'estates', query: { communityIds: [communityId] } }),
  committeeMember: (estateId) => ({ page: 'estate', estateId }),
  notice: (notice) => ({ page: 'inspections', query: { tab: 'notices', notice } }),
  complaint: (complaint) => ({ page: 'complaints', query: { complaint } }),
};

export function routeOfHit(document: Pick<SearchDocument, 'kind' | 'opens'>): Route {
  return TARGETS[document.kind](document.opens);
}
