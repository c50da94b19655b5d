import { companyKey, type Company, type CompanyFields } from '../../shared/companies';
import { companyRow } from './companyRepository';
import { keptText } from '../../shared/common/text';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { nextTimestamp } from '../db/timestamps';

/*
 * How an estate's company text finds its company record, inside the caller's transaction
 * (which must include db.companies): by the registered name, else by a short name.
 */

/** The company a name or short name names, if registered. */
export async function findCompanyByName(db: StreetLedgerDb, name: string): Promise<Company | undefined> {
  const key = companyKey(name);
  if (key === '') return undefined;
  return (await db.companies.where('nameKey').equals(key).first()) ?? (await db.companies.where('aliasKeys').equals(key).first());
}

/** A company registered from a name alone: an estate form or an import named one the register lacked. */
export function newCompanyRow(name: string, id: string, at: number): Company {
  const fields: CompanyFields = {
    name: keptText(name), aliases: [], creditCode: '', qualification: '', legalRepresentative: '', contact: '', phone: '', address: '', notes: '', listing: 'none',
  };
  return companyRow(fields, { id, createdAt: at, keptApart: [] }, at);
}

/**
 * The link for an estate whose company text is `text`: the company it names, registering it if
 * the register lacks it (the clerk typed a company; the register is where companies live). When
 * the text is unchanged from the stored estate, its link stays, even if the office linked it by hand.
 */
export async function linkCompany(
  db: StreetLedgerDb,
  text: string,
  stored: { readonly company: string; readonly companyId: string | null } | undefined,
  makeId: () => string,
): Promise<string | null> {
  if (companyKey(text) === '') return null;
  if (stored && stored.companyId !== null && companyKey(stored.company) === companyKey(text) && (await db.companies.get(stored.companyId))) return stored.companyId;
  const found = await findCompanyByName(db, text);
  if (found) return found.id;
  const row = newCompanyRow(text, makeId(), nextTimestamp());
  await db.companies.add(row);
  return row.id;
}
