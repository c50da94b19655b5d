import { useEffect, useState } from 'react';
import type { DashboardData } from '../../shared/dashboard';
import { useDb } from '../db/DbContext';
import { useToday } from '../inspections/ui';
import { useSettings } from '../settings/SettingsProvider';
import type { DashboardRequest, DashboardResponse } from './dashboardProtocol';

export type DashboardState = { readonly status: 'loading' } | { readonly status: 'ready'; readonly data: DashboardData } | { readonly status: 'failed'; readonly message: string };

const makeWorker = () => new Worker(new URL('./dashboard.worker.ts', import.meta.url), { type: 'module', name: 'dashboard' });

/** The dashboard's numbers, from its worker, kept current while the page is open. */
export function useDashboard(): DashboardState {
  const db = useDb();
  const today = useToday();
  const { settings } = useSettings();
  const { spotCheckDaysPerWeek, patrolsPerDay, termExpiryWarningMonths, acceptanceThreshold } = settings;
  const [state, setState] = useState<DashboardState>({ status: 'loading' });
  useEffect(() => {
    const worker = makeWorker();
    worker.onmessage = (event: MessageEvent<DashboardResponse>) => {
      const response = event.data;
      setState(response.type === 'data' ? { status: 'ready', data: response.data } : { status: 'failed', message: response.message });
    };
    worker.postMessage({ type: 'watch', dbName: db.name, today, rules: { spotCheckDaysPerWeek, patrolsPerDay, termExpiryWarningMonths, acceptanceThreshold } } satisfies DashboardRequest);
    return () => worker.terminate();
  }, [db.name, today, spotCheckDaysPerWeek, patrolsPerDay, termExpiryWarningMonths, acceptanceThreshold]);
  return state;
}
