import type { ExistingRecord } from '../exchange/diff';
import type { RecordKind } from '../exchange/recordKind';
import { exchangeMessages } from '../i18n/exchange';
import type { Company } from './company';
import { companiesMapping, type CompanyRow } from './companyMapping';
import { companyRegisterRows } from './registerSheet';
import { creditEntriesMapping, creditEntrySheet, existingCreditEntries } from './creditMapping';

export type { Company } from './company';
export type { CompanyRow } from './companyMapping';

const layout = exchangeMessages['zh-CN'].layout;

/** Stored companies in the form the diff compares. */
export function existingCompanies(companies: readonly Company[]): ExistingRecord<CompanyRow>[] {
  return companies.map(({ id, name, aliases, creditCode, qualification, legalRepresentative, contact, phone, address, notes, listing }) => ({
    id, value: { name, aliases, creditCode, qualification, legalRepresentative, contact, phone, address, notes, listing },
  }));
}

/**
 * The company register as a record kind. It is written with the inventory batch: an estate
 * list that names a new company and the company itself are one import, undone together.
 */
export const companiesKind: RecordKind<'companies'> = {
  key: 'companies',
  mapping: () => companiesMapping,
  dependsOn: [],
  store: {
    table: 'companies',
    batch: 'inventory',
    reads: ['companies'],
    existing: (ledger) => existingCompanies(ledger.companies),
  },
  exportSheet: (ledger) => (ledger.companies && ledger.companies.length > 0 ? { name: layout.companiesSheet, rows: companyRegisterRows(ledger.companies), freezeRows: 1 } : null),
};

/** The credit events entered by hand: their own batch, after the register they name. */
export const creditEntriesKind: RecordKind<'creditEntries'> = {
  key: 'creditEntries',
  mapping: () => creditEntriesMapping,
  dependsOn: ['companies'],
  store: { table: 'creditEntries', batch: 'credit', reads: ['companies', 'creditEntries'], existing: existingCreditEntries },
  exportSheet: (ledger) => (ledger.creditEntries && ledger.creditEntries.length > 0 ? creditEntrySheet(existingCreditEntries({ companies: ledger.companies ?? [], creditEntries: ledger.creditEntries })) : null),
};
