import { describe, expect, it } from 'vitest';
import { parseHash, routeToHash } from './useHashRoute';

describe('hash routes', () => {
  it('round-trips every kind of route', () => {
    for (const route of [{ page: 'home' }, { page: 'estates' }, { page: 'estate', estateId: 'a/b 万' }, { page: 'campaigns' }, { page: 'campaign', campaignId: 'x/y 治理' }] as const) {
      expect(parseHash(routeToHash(route))).toEqual(route);
    }
  });
  it('falls back to home for anything unknown', () => {
    expect(parseHash('')).toEqual({ page: 'home' });
    expect(parseHash('#/nowhere')).toEqual({ page: 'home' });
    expect(parseHash('#/estate/')).toEqual({ page: 'home' });
  });
});
