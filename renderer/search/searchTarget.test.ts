import { describe, expect, it } from 'vitest';
import type { SearchTarget } from '../../shared/search';
import { parseHash, routeToHash } from '../app/useHashRoute';
import { routeOfTarget } from './searchTarget';

describe('where Enter on a hit goes', () => {
  it('opens an estate, a company on its own page, a member at the committee section of its estate', () => {
    expect(routeOfTarget({ estate: 'e1' })).toEqual({ page: 'estate', estateId: 'e1' });
    expect(routeOfTarget({ company: 'co1' })).toEqual({ page: 'company', companyId: 'co1' });
    expect(routeOfTarget({ committee: 'e1' })).toEqual({ page: 'estate', estateId: 'e1', panel: 'committee' });
  });

  it('opens a notice and a complaint over their ledgers, a community as the estate table filtered to it', () => {
    expect(routeOfTarget({ notice: 'n1' })).toEqual({ page: 'inspections', query: { tab: 'notices', notice: 'n1' } });
    expect(routeOfTarget({ complaint: 'k1' })).toEqual({ page: 'complaints', query: { complaint: 'k1' } });
    expect(routeOfTarget({ community: 'c1' })).toEqual({ page: 'estates', query: { communityIds: ['c1'] } });
  });

  it('goes somewhere that survives the address bar, for every target', () => {
    const odd = 'id/with?odd#chars 万';
    const targets: SearchTarget[] = [{ estate: odd }, { community: odd }, { notice: odd }, { company: odd }, { complaint: odd }, { committee: odd }];
    for (const target of targets) {
      const route = routeOfTarget(target);
      expect(parseHash(routeToHash(route))).toEqual(route);
    }
  });
});
