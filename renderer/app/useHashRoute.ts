import { useEffect, useState } from 'react';

export const ROUTES = ['home', 'communities', 'estates', 'classTable', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

function readRoute(): Route {
  const name = window.location.hash.replace(/^#\/?/, '');
  return ROUTES.find((route) => route === name) ?? 'home';
}

/** Hash routes keep the app working from file:// in Electron and survive a reload in the browser. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(readRoute);
  useEffect(() => {
    const onChange = () => setRoute(readRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (next) => { window.location.hash = `#/${next}`; }];
}
