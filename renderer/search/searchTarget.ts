import type { SearchTarget } from '../../shared/search';
import type { Route } from '../app/useHashRoute';

/** Where Enter on a hit goes: the record's own page, or its ledger opened on it. */
export function routeOfTarget(target: SearchTarget): Route {
  if ('estate' in target) return { page: 'estate', estateId: target.estate };
  if ('committee' in target) return { page: 'estate', estateId: target.committee, panel: 'committee' };
  if ('community' in target) return { page: 'estates', query: { communityIds: [target.community] } };
  if ('notice' in target) return { page: 'inspections', query: { tab: 'notices', notice: target.notice } };
  if ('complaint' in target) return { page: 'complaints', query: { complaint: target.complaint } };
  return { page: 'company', companyId: target.company };
}
