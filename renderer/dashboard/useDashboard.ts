import { startTransition, useEffect, useState } from 'react';
import type { DashboardData } from '../../shared/dashboard';
import { useDb } from '../db/DbContext';
import { useToday } from '../inspections/ui';
import { useSettings } from '../settings/SettingsProvider';
import type { DashboardRequest, DashboardResponse } from './dashboardProtocol';

export type DashboardState = { readonly status: 'loading' } | { readonly status: 'ready'; readonly data: DashboardData } | { readonly status: 'failed'; readonly message: string };

let shared: Worker | undefined;

/**
 * The window's one dashboard worker, started the first time the page opens and kept: opening the
 * page again finds its database open and its code loaded. It watches one question at a time (the
 * latest page's), so answers only ever go to the page that asked last.
 */
function dashboardWorker(): Worker {
  shared ??= new Worker(new URL('./dashboard.worker.ts', import.meta.url), { type: 'module', name: 'dashboard' });
  return shared;
}

/** The dashboard's numbers on `day` (today unless given), from its worker, kept current while the page is open. */
export function useDashboard(day?: string): DashboardState {
  const db = useDb();
  const clock = useToday();
  const today = day ?? clock;
  const { settings } = useSettings();
  const { spotCheckDaysPerWeek, patrolsPerDay, termExpiryWarningMonths, acceptanceThreshold } = settings;
  const [state, setState] = useState<DashboardState>({ status: 'loading' });
  useEffect(() => {
    const worker = dashboardWorker();
    const onMessage = (event: MessageEvent<DashboardResponse>) => {
      const response = event.data;
      // A transition: drawing the page's cards and charts yields to the clerk's input.
      startTransition(() => setState(response.type === 'data' ? { status: 'ready', data: response.data } : { status: 'failed', message: response.message }));
    };
    worker.addEventListener('message', onMessage);
    worker.postMessage({ type: 'watch', dbName: db.name, today, rules: { spotCheckDaysPerWeek, patrolsPerDay, termExpiryWarningMonths, acceptanceThreshold } } satisfies DashboardRequest);
    return () => {
      worker.removeEventListener('message', onMessage);
      worker.postMessage({ type: 'stop' } satisfies DashboardRequest);
    };
  }, [db.name, today, spotCheckDaysPerWeek, patrolsPerDay, termExpiryWarningMonths, acceptanceThreshold]);
  return state;
}
