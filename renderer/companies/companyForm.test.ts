import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messagesFor } from '../../shared/i18n/catalogs';
import { mergeStaleSave } from '../components/testing/staleSave';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { companyConflict, companyFormValues, listingConflict } from './companyForm';
import { createCompany, setCompanyListing, updateCompany } from './companyRepository';
import { creditEntryConflict, entryFormValues } from './creditEntryForm';
import { addCreditEntry, editCreditEntry } from './creditEntryRepository';

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const zh = messagesFor('zh-CN');

describe('a stale edit of a company', () => {
  it('shows the short names as the form writes them and keeps both edits', async () => {
    const company = await createCompany(db, { name: '锦江物业服务有限公司', aliases: '锦江物业' });
    const opened = companyFormValues(company, zh);
    await updateCompany(db, company.id, { ...opened, aliases: '锦江物业、锦江', phone: '023-6666' }, '', company.updatedAt);

    const { listed } = await mergeStaleSave({
      view: companyConflict(zh),
      opened,
      version: company.updatedAt,
      mine: { ...opened, legalRepresentative: '周强' },
      save: (values, edited) => updateCompany(db, company.id, values, '', edited),
    });

    expect(listed).toEqual({
      aliases: { label: zh.companies.register.aliases, changedBy: 'theirs', theirs: '锦江物业、锦江', mine: '锦江物业' },
      legalRepresentative: { label: zh.companies.register.legalRepresentative, changedBy: 'mine', theirs: '', mine: '周强' },
      phone: { label: zh.companies.register.phone, changedBy: 'theirs', theirs: '023-6666', mine: '' },
    });
    expect(await db.companies.get(company.id)).toMatchObject({ aliases: ['锦江物业', '锦江'], phone: '023-6666', legalRepresentative: '周强' });
  });

  it('a hand credit event: a merged edit still needs its reason, and then keeps both edits', async () => {
    const company = await createCompany(db, { name: '锦江物业服务有限公司' });
    const entry = await addCreditEntry(db, { companyId: company.id, kind: 'commendation', on: '2024-05-01', points: 5, evidence: '区表彰文件' });
    const opened = entryFormValues(entry);
    await editCreditEntry(db, entry.id, { ...opened, points: 3 }, '按新细则', entry.updatedAt);
    const view = creditEntryConflict(zh);
    const save = (values: typeof opened, edited: number) => editCreditEntry(db, entry.id, values, values.reason ?? '', edited);
    const mine = { ...opened, evidence: '区表彰文件（2024）第3号' };

    await expect(mergeStaleSave({ view, opened, version: entry.updatedAt, mine, save })).rejects.toMatchObject({ problems: [{ field: 'reason', code: 'reasonRequired' }] });
    const { listed } = await mergeStaleSave({ view, opened, version: entry.updatedAt, mine: { ...mine, reason: '补文号' }, save });

    expect(Object.keys(listed)).toEqual(['points', 'evidence']);
    expect(view.display?.('kind', 'commendation')).toBe(zh.companies.eventKind.commendation);
    expect(await db.creditEntries.get(entry.id)).toMatchObject({ points: 3, evidence: '区表彰文件（2024）第3号' });
  });

  it('a listing: set over another listing it is shown by name and chosen; over another field it is saved without asking', async () => {
    const company = await createCompany(db, { name: '锦江物业服务有限公司' });
    const view = listingConflict(zh);
    const save = (values: { listing: 'none' | 'red' | 'black'; reason: string }, edited: number) => setCompanyListing(db, company.id, values.listing, values.reason, edited);
    const opened = { listing: company.listing, reason: '' };
    await setCompanyListing(db, company.id, 'red', '年度考评优秀', company.updatedAt);

    const { asked, listed } = await mergeStaleSave({ view, opened, version: company.updatedAt, mine: { listing: 'black', reason: '多次逾期' }, save });
    expect(asked).toBe(true);
    expect(listed).toEqual({ listing: { label: zh.companies.register.listing, changedBy: 'both', theirs: 'red', mine: 'black' } });
    expect(view.display?.('listing', 'red')).toBe('红名单');
    expect(await db.companies.get(company.id)).toMatchObject({ listing: 'black' });

    const black = (await db.companies.get(company.id))!;
    await updateCompany(db, company.id, { phone: '023-6666' }, '', black.updatedAt);
    const quiet = await mergeStaleSave({ view, opened: { listing: 'black', reason: '' }, version: black.updatedAt, mine: { listing: 'none', reason: '整改到位' }, save });
    expect(quiet.asked).toBe(false);
    expect(await db.companies.get(company.id)).toMatchObject({ listing: 'none', phone: '023-6666' });
  });
});
