import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messagesFor } from '../../shared/i18n/catalogs';
import { mergeStaleSave } from '../components/testing/staleSave';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { companyConflict, companyFormValues } from './companyForm';
import { createCompany, updateCompany } from './companyRepository';

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
});
