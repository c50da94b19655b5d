import { useCallback, useEffect, useState } from 'react';
import { parseLedgerQuery, type LedgerQuery } from './ledgerQuery';

/** Pages reachable from the side menu, in menu order. */
export const NAV_PAGES = ['home', 'dashboard', 'communities', 'estates', 'classTable', 'exchange', 'committees', 'inspections', 'complaints', 'backups', 'settings'] as const;
export type NavPage = (typeof NAV_PAGES)[number];

export type Route =
  /** `query`: the filter a ledger opens with (a chart's bar, a search hit); see ledgerQuery.ts. */
  | { readonly page: NavPage; readonly query?: LedgerQuery }
  /** One estate with everything recorded about it. */
  | { readonly page: 'estate'; readonly estateId: string };

export type Navigate = (route: Route) => void;

export function routeToHash(route: Route): string {
  if (route.page === 'estate') return `#/estate/${encodeURIComponent(route.estateId)}`;
  return route.query === undefined ? `#/${route.page}` : `#/${route.page}?q=${encodeURIComponent(JSON.stringify(route.query))}`;
}

export function parseHash(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const estate = /^estate\/(.+)$/.exec(path);
  if (estate?.[1]) return { page: 'estate', estateId: decodeURIComponent(estate[1]) };
  const page = NAV_PAGES.find((p) => p === path) ?? 'home';
  const query = parseLedgerQuery(new URLSearchParams(search).get('q'));
  return query === undefined ? { page } : { page, query };
}

/** Hash routes need no server-side routing (the app:// handler serves files only) and survive a reload. */
export function useHashRoute(): [Route, Navigate] {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback<Navigate>((next) => {
    window.location.hash = routeToHash(next);
  }, []);
  return [route, navigate];
}
