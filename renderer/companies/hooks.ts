import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { companyIndex, creditEvents, likelyDuplicates, type Company, type CreditEvent, type CreditLedger, type DuplicatePair } from '../../shared/companies';
import type { Complaint } from '../../shared/complaints';
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

/**
 * The complaints against a company: against a property company and naming it (by name or short
 * name), or about one of its estates with no other name given. Newest first.
 */
export function useComplaintsAgainst(companyId: string): Complaint[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [complaints, companies, estates] = await Promise.all([db.complaints.toArray(), db.companies.toArray(), db.estates.toArray()]);
    const index = companyIndex(companies);
    const ofEstate = new Map(estates.map((e) => [e.id, e.companyId]));
    return complaints
      .filter((c) => c.against === 'company')
      .filter((c) => (index.find(c.againstName)?.id ?? (c.estateId === null ? null : ofEstate.get(c.estateId))) === companyId)
      .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
  }, [db, companyId]);
}
