import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { creditEvents, likelyDuplicates, type Company, type CreditEvent, type CreditLedger, type DuplicatePair } from '../../shared/companies';
import { useDb } from '../db/DbContext';
import { useToday } from '../inspections/ui';
import { useSettings } from '../settings/SettingsProvider';
import { listCompanies } from './companyRepository';
import { readCreditLedger } from './creditLedger';

/*
 * Components read companies and credit files only through these hooks; each re-renders when
 * the rows it read change, and is `undefined` while the first read is pending.
 */

export function useCompanies(): Company[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listCompanies(db), [db]);
}

/** The pairs the office has still to decide on. */
export function useDuplicateProposals(): DuplicatePair[] | undefined {
  const companies = useCompanies();
  return useMemo(() => (companies ? likelyDuplicates(companies) : undefined), [companies]);
}

export interface CreditFile {
  readonly ledger: CreditLedger;
  /** Every company's events as the records and the settings say today. */
  readonly events: readonly CreditEvent[];
  readonly today: string;
}

/** The credit file of every company: the records read live, the events derived from them. */
export function useCreditFile(): CreditFile | undefined {
  const db = useDb();
  const today = useToday();
  const { settings } = useSettings();
  const ledger = useLiveQuery(() => readCreditLedger(db), [db]);
  return useMemo(() => (ledger ? { ledger, events: creditEvents(ledger, { rules: settings.creditRules, today }), today } : undefined), [ledger, settings.creditRules, today]);
}
