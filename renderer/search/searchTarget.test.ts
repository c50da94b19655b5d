import { describe, expect, it } from 'vitest';
import { SEARCH_KINDS } from '../../shared/search';
import { parseHash, routeToHash } from '../app/useHashRoute';
import { routeOfHit } from './searchTarget';

describe('where Enter on a hit goes', () => {
  it('opens an estate, or a member\'s estate, on its page', () => {
    expect(routeOfHit({ kind: 'estate', opens: 'e1' })).toEqual({ page: 'estate', estateId: 'e1' });
    expect(routeOfHit({ kind: 'committeeMember', opens: 'e2' })).toEqual({ page: 'estate', estateId: 'e2' });
  });

  it('opens a community as the estate table filtered to it, and a notice over its ledger', () => {
    expect(routeOfHit({ kind: 'community', opens: 'c1' })).toEqual({ page: 'estates', query: { communityIds: ['c1'] } });
    expect(routeOfHit({ kind: 'notice', opens: 'n1' })).toEqual({ page: 'inspections', query: { tab: 'notices', notice: 'n1' } });
  });

  it('goes somewhere that survives the address bar, for every kind', () => {
    for (const kind of SEARCH_KINDS) {
      const route = routeOfHit({ kind, opens: 'id/with?odd#chars 万' });
      expect(parseHash(routeToHash(route))).toEqual(route);
    }
  });
});
