import type { SearchTarget } from '../../shared/search';
import type { Route } from '../app/useHashRoute';

/** Where Enter on a hit goes: the record's own page, or the ledger filtered to it. */
export function routeOfTarget(target: SearchTarget): Route {
  if ('estate' in target) return { page: 'estate', estateId: target.estate };
  if ('community' in target) return { page: 'estates', query: { communityIds: [target.community] } };
  if ('notice' in target) return { page: 'inspections', query: { tab: 'notices', notice: target.notice } };
  return { page: 'estates', query: { text: target.company } };
}
