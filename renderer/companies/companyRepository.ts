import { companyKey, validateCompany, type Company, type CompanyFields, type CompanyListing } from '../../shared/companies';
import type { Problem } from '../../shared/common/problem';
import { keptText } from '../../shared/common/text';
import type { Draft } from '../../shared/estates';
import { mergeDraft } from '../db/mergeDraft';
import { guardUnique, refuse, validOrRefuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { assertEditedVersion } from '../db/staleEdit';
import { nextTimestamp } from '../db/timestamps';
import { describeChange } from '../history';

/** What a form or a sheet row gives for a company, unparsed. */
export type CompanyDraft = Draft<CompanyFields>;

function editableFields(row: Company): CompanyFields {
  const { name, aliases, creditCode, qualification, legalRepresentative, contact, phone, address, notes, listing } = row;
  return { name, aliases, creditCode, qualification, legalRepresentative, contact, phone, address, notes, listing };
}

function duplicateCompanyName(name: string): Problem {
  return { field: 'name', code: 'duplicateCompanyName', params: { name } };
}

/** The stored row for valid fields. */
export function companyRow(fields: CompanyFields, base: Pick<Company, 'id' | 'createdAt' | 'keptApart'>, at: number): Company {
  const { id, createdAt, keptApart } = base;
  return { ...fields, id, nameKey: companyKey(fields.name), aliasKeys: fields.aliases.map(companyKey), keptApart, createdAt, updatedAt: at };
}

/**
 * A name and short names no other company uses as its name or short name: "锦江" may not be
 * the short name of two companies, or an estate's "锦江" would find either.
 */
async function assertNamesFree(db: StreetLedgerDb, row: Company): Promise<void> {
  for (const key of [row.nameKey, ...row.aliasKeys]) {
    const clashes = [...(await db.companies.where('nameKey').equals(key).toArray()), ...(await db.companies.where('aliasKeys').equals(key).toArray())];
    const other = clashes.find((c) => c.id !== row.id);
    if (!other) continue;
    if (key === row.nameKey) refuse(other.nameKey === key ? duplicateCompanyName(row.name) : { field: 'name', code: 'aliasTaken', params: { alias: row.name, name: other.name } });
    const alias = row.aliases[row.aliasKeys.indexOf(key)] ?? key;
    refuse({ field: 'aliases', code: 'aliasTaken', params: { alias, name: other.name } });
  }
}

export async function createCompany(db: StreetLedgerDb, draft: CompanyDraft): Promise<Company> {
  const fields = validOrRefuse(validateCompany(draft));
  const at = nextTimestamp();
  const row = companyRow(fields, { id: newId(), createdAt: at, keptApart: [] }, at);
  return guardUnique(
    () =>
      db.transaction('rw', db.companies, async () => {
        await assertNamesFree(db, row);
        await db.companies.add(row);
        return row;
      }),
    () => duplicateCompanyName(row.name),
  );
}

/**
 * Fields left `undefined` keep their value; the reason goes into the field history. `edited` is
 * the `updatedAt` the form showed: a save over a later write is refused.
 */
export async function updateCompany(db: StreetLedgerDb, id: string, changes: CompanyDraft, reason = '', edited?: number): Promise<Company> {
  let attempted = '';
  return guardUnique(
    () =>
      db.transaction('rw', db.companies, async () => {
        const stored = await db.companies.get(id);
        if (!stored) return refuse({ field: 'company', code: 'notFound' });
        assertEditedVersion(stored, edited);
        const fields = validOrRefuse(validateCompany(mergeDraft(editableFields(stored), changes)));
        attempted = fields.name;
        describeChange({ reason: keptText(reason) });
        const row = companyRow(fields, stored, nextTimestamp(stored.updatedAt));
        await assertNamesFree(db, row);
        await db.companies.put(row);
        return row;
      }),
    () => duplicateCompanyName(attempted),
  );
}

/** 红名单 / 黑名单, with the office's reason kept in the field history. */
export function setCompanyListing(db: StreetLedgerDb, id: string, listing: CompanyListing, reason: string, edited?: number): Promise<Company> {
  return updateCompany(db, id, { listing }, reason, edited);
}

/** Refused while estates still link to it: merge it into another company instead. */
export async function deleteCompany(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', db.companies, db.estates, db.creditEntries, async () => {
    if (!(await db.companies.get(id))) refuse({ field: 'company', code: 'notFound' });
    const estates = await db.estates.where('companyId').equals(id).count();
    if (estates > 0) refuse({ field: 'company', code: 'companyHasEstates', params: { count: estates } });
    await db.creditEntries.where('companyId').equals(id).delete();
    await db.companies.delete(id);
  });
}

/**
 * One company where the register had two ("锦江物业" and "锦江物业服务有限公司"): `keepId`
 * stays with its name; the other's name and short names become its short names, and its estates
 * and credit entries move over. The estates keep their company text as typed, which now finds
 * `keepId` by the short name. One transaction.
 */
export async function mergeCompanies(db: StreetLedgerDb, keepId: string, goneId: string, reason = ''): Promise<Company> {
  return db.transaction('rw', db.companies, db.estates, db.creditEntries, async () => {
    const [keep, gone] = await Promise.all([db.companies.get(keepId), db.companies.get(goneId)]);
    if (!keep || !gone || keepId === goneId) return refuse({ field: 'company', code: 'notFound' });
    describeChange({ reason: keptText(reason) });
    await db.companies.delete(goneId);
    const aliases = [...keep.aliases, gone.name, ...gone.aliases].filter((alias, i, all) => {
      const key = companyKey(alias);
      return key !== keep.nameKey && all.findIndex((a) => companyKey(a) === key) === i;
    });
    const keptApart = [...new Set([...keep.keptApart, ...gone.keptApart])].filter((id) => id !== keepId && id !== goneId);
    const merged: Company = { ...keep, aliases, aliasKeys: aliases.map(companyKey), keptApart, updatedAt: nextTimestamp(keep.updatedAt) };
    await db.companies.put(merged);
    await db.estates.where('companyId').equals(goneId).modify({ companyId: keepId });
    await db.creditEntries.where('companyId').equals(goneId).modify({ companyId: keepId });
    return merged;
  });
}

/** The office says two companies are not one: the pair is not proposed again. */
export async function keepCompaniesApart(db: StreetLedgerDb, firstId: string, secondId: string): Promise<void> {
  await db.transaction('rw', db.companies, async () => {
    const [first, second] = await Promise.all([db.companies.get(firstId), db.companies.get(secondId)]);
    if (!first || !second) return refuse({ field: 'company', code: 'notFound' });
    if (!first.keptApart.includes(secondId)) await db.companies.put({ ...first, keptApart: [...first.keptApart, secondId], updatedAt: nextTimestamp(first.updatedAt) });
  });
}

export async function listCompanies(db: StreetLedgerDb): Promise<Company[]> {
  return (await db.companies.toArray()).sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name, 'zh-CN'));
}
