import { useCallback, useEffect, useState } from 'react';
import { parseLedgerQuery, type LedgerQuery } from './ledgerQuery';

/** Pages reachable from the side menu, in menu order. */
export const NAV_PAGES = ['home', 'dashboard', 'communities', 'estates', 'classTable', 'companies', 'exchange', 'committees', 'inspections', 'complaints', 'campaigns', 'backups', 'settings'] as const;
export type NavPage = (typeof NAV_PAGES)[number];

/** The estate page's sections a link may open it at (a member found by search: its committee). */
export const ESTATE_SECTIONS = ['committee', 'inspections', 'history'] as const;
export type EstateSection = (typeof ESTATE_SECTIONS)[number];

export type Route =
  /** `query`: the filter a ledger opens with (a chart's bar, a search hit); see ledgerQuery.ts. */
  | { readonly page: NavPage; readonly query?: LedgerQuery }
  /** One estate with everything recorded about it. */
  | { readonly page: 'estate'; readonly estateId: string; readonly panel?: EstateSection }
  /** One property company with its estates, notices and credit file. */
  | { readonly page: 'company'; readonly companyId: string }
  /** One campaign: its phases, tasks, returns, funds and goals. */
  | { readonly page: 'campaign'; readonly campaignId: string };

export type Navigate = (route: Route) => void;

export function routeToHash(route: Route): string {
  if (route.page === 'estate') return `#/estate/${encodeURIComponent(route.estateId)}${route.panel ? `/${route.panel}` : ''}`;
  if (route.page === 'company') return `#/company/${encodeURIComponent(route.companyId)}`;
  if (route.page === 'campaign') return `#/campaign/${encodeURIComponent(route.campaignId)}`;
  return route.query === undefined ? `#/${route.page}` : `#/${route.page}?q=${encodeURIComponent(JSON.stringify(route.query))}`;
}

export function parseHash(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const estate = /^estate\/([^/]+)(?:\/([^/]+))?$/.exec(path);
  if (estate?.[1]) {
    const estateId = decodeURIComponent(estate[1]);
    const panel = ESTATE_SECTIONS.find((section) => section === estate[2]);
    return panel ? { page: 'estate', estateId, panel } : { page: 'estate', estateId };
  }
  const company = /^company\/(.+)$/.exec(path);
  if (company?.[1]) return { page: 'company', companyId: decodeURIComponent(company[1]) };
  const campaign = /^campaign\/(.+)$/.exec(path);
  if (campaign?.[1]) return { page: 'campaign', campaignId: decodeURIComponent(campaign[1]) };
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
