import { describe, expect, it } from 'vitest';
import type { SearchTarget } from '../../shared/search';
import { parseHash, routeToHash } from '../app/useHashRoute';
import { routeOfTarget } from './searchTarget';

describe('where Enter on a hit goes', () => {
  it('opens an estate (a member\'s, a complaint\'s) on its page', () => {
    expect(routeOfTarget({ estate: 'e1' })).toEqual({ page: 'estate', estateId: 'e1' });
  });

  it('opens a community as the estate table filtered to it, a company as the estates it manages, a notice over its ledger', () => {
    expect(routeOfTarget({ community: 'c1' })).toEqual({ page: 'estates', query: { communityIds: ['c1'] } });
    expect(routeOfTarget({ company: '万科物业' })).toEqual({ page: 'estates', query: { text: '万科物业' } });
    expect(routeOfTarget({ notice: 'n1' })).toEqual({ page: 'inspections', query: { tab: 'notices', notice: 'n1' } });
  });

  it('goes somewhere that survives the address bar, for every target', () => {
    const odd = 'id/with?odd#chars 万';
    const targets: SearchTarget[] = [{ estate: odd }, { community: odd }, { notice: odd }, { company: odd }];
    for (const target of targets) {
      const route = routeOfTarget(target);
      expect(parseHash(routeToHash(route))).toEqual(route);
    }
  });
});
