import { backupMessages } from '../backup';
import { campaignMessages } from '../campaigns';
import { complaintMessages } from '../complaints';
import { committeeMessages } from '../committees';
import { companyMessages } from '../companies';
import { domainMessages } from './domain';
import { faultMessages } from './faults';
import { historyMessages } from '../history';
import { inspectionMessages } from '../inspections';
import type { Locale } from './locale';
import { uiMessages } from './ui';
import { searchMessages } from '../search';
import { dashboardMessages } from '../dashboard';

/**
 * Every locale resource of the app, by area. A new area (committees, inspections …) adds its
 * catalog file beside these and one entry here; `useMessages()` then offers it in both languages.
 */
export const CATALOGS = {
  ui: uiMessages,
  domain: domainMessages,
  committees: committeeMessages,
  inspections: inspectionMessages,
  backup: backupMessages,
  history: historyMessages,
  campaigns: campaignMessages,
  faults: faultMessages,
  complaints: complaintMessages,
  companies: companyMessages,
  search: searchMessages,
  dashboard: dashboardMessages,
} as const;

export type Messages = { readonly locale: Locale } & {
  readonly [Area in keyof typeof CATALOGS]: (typeof CATALOGS)[Area][Locale];
};

export function messagesFor(locale: Locale): Messages {
  const areas = Object.fromEntries(Object.entries(CATALOGS).map(([area, catalog]) => [area, catalog[locale]]));
  return { locale, ...areas } as Messages;
}
