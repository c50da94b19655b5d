import { useCallback, useEffect, useState } from 'react';

/** Pages reachable from the side menu, in menu order. */
export const NAV_PAGES = ['home', 'communities', 'estates', 'classTable', 'exchange', 'committees', 'inspections', 'complaints', 'backups', 'settings'] as const;
export type NavPage = (typeof NAV_PAGES)[number];

export type Route =
  | { readonly page: NavPage }
  /** One estate with everything recorded about it. */
  | { readonly page: 'estate'; readonly estateId: string };

export type Navigate = (route: Route) => void;

export function routeToHash(route: Route): string {
  return route.page === 'estate' ? `#/estate/${encodeURIComponent(route.estateId)}` : `#/${route.page}`;
}

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const estate = /^estate\/(.+)$/.exec(path);
  if (estate?.[1]) return { page: 'estate', estateId: decodeURIComponent(estate[1]) };
  return { page: NAV_PAGES.find((page) => page === path) ?? 'home' };
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
