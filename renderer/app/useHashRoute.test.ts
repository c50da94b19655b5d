import { describe, expect, it } from 'vitest';
import { parseHash, routeToHash } from './useHashRoute';

describe('hash routes', () => {
  it('round-trips every kind of route', () => {
    for (const route of [
      { page: 'home' },
      { page: 'estates' },
      { page: 'estate', estateId: 'a/b 万' },
      { page: 'estate', estateId: 'a/b 万', panel: 'committee' },
      { page: 'company', companyId: 'c/1 锦江' },
      { page: 'complaints', query: { complaint: 'x/1' } },
      { page: 'estates', query: { communityIds: ['c?1&#'], classes: [1, 0] } },
      { page: 'campaigns' },
      { page: 'campaign', campaignId: 'x/y 治理' },
      { page: 'inspections', query: { tab: 'notices', statuses: ['overdue'], from: '2024-01-01', to: '2024-01-31' } },
    ] as const) {
      expect(parseHash(routeToHash(route))).toEqual(route);
    }
  });
  it('falls back to home for anything unknown', () => {
    expect(parseHash('')).toEqual({ page: 'home' });
    expect(parseHash('#/nowhere')).toEqual({ page: 'home' });
    expect(parseHash('#/estate/')).toEqual({ page: 'home' });
  });
  it('opens a ledger unfiltered when its query is malformed, never fails', () => {
    expect(parseHash('#/estates?q=%7Bnot json')).toEqual({ page: 'estates' });
    expect(parseHash(`#/estates?q=${encodeURIComponent(JSON.stringify({ classes: [7] }))}`)).toEqual({ page: 'estates' });
    expect(parseHash(`#/inspections?q=${encodeURIComponent(JSON.stringify({ kinds: ['patrol'], extra: 1 }))}`)).toEqual({ page: 'inspections' });
  });
});
