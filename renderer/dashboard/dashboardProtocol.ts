import type { DashboardData } from '../../shared/dashboard';
import type { DashboardRules } from './dashboardReads';

/** The window asks for the dashboard of a day under some rules; the worker answers on every change. */
export type DashboardRequest =
  | { readonly type: 'watch'; readonly dbName: string; readonly today: string; readonly rules: DashboardRules }
  /** The page closed: stop reading. */
  | { readonly type: 'stop' };

export type DashboardResponse =
  | { readonly type: 'data'; readonly data: DashboardData; readonly readMs: number }
  | { readonly type: 'failed'; readonly message: string };
