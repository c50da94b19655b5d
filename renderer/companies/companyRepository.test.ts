import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { creditYear, DEFAULT_CREDIT_RULES } from '../../shared/companies';
import { analyseExchange, createdRecords, storedKeysOf } from '../../shared/exchange/exchangeAnalysis';
import { EMPTY_LEDGER } from '../../shared/exchange/recordKind';
import { readWorkbook } from '../../shared/exchange/read';
import { undoImportBatch } from '../db/importBatchRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';
import { openTestDb } from '../db/testing/testDb';
import { createCommunity, createEstate, updateEstate } from '../estates';
import { commitExchangeImport, diffExchange } from '../exchange/exchangeImport';
import { historyOfEstate } from '../history';
import { createCompany, keepCompaniesApart, mergeCompanies, updateCompany } from './companyRepository';
import { addCreditEntry, editCreditEntry } from './creditEntryRepository';
import { readCreditEvents } from './creditLedger';
import { findCompanyByName } from './companyLinks';

const rules = { defaultTermYears: 5 };
let db: StreetLedgerDb;
let communityId: string;
beforeEach(async () => {
  db = await openTestDb();
  communityId = (await createCommunity(db, { name: '太平社区' })).id;
});
afterEach(() => db.close());

function workbook(sheets: Record<string, (string | number)[][]>): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function importFile(bytes: Uint8Array, newCompanies: readonly string[] = []) {
  const [communities, estates, terms] = await Promise.all([db.communities.toArray(), db.estates.toArray(), db.committeeTerms.toArray()]);
  const created = { companies: newCompanies };
  const analysis = analyseExchange(await readWorkbook(bytes, 'f.xlsx'), { stored: storedKeysOf({ ...EMPTY_LEDGER, communities, estates, terms }, { rules }), rules, created });
  const records = createdRecords(analysis, { created, rules });
  const previewed = await diffExchange(db, analysis, rules, undefined, records);
  return commitExchangeImport(db, { analysis, previewed, rules, fileName: 'f.xlsx', operator: '张敏', created: records });
}

describe('the company register', () => {
  it('links an estate typed with a short name to its company, and registers a name it lacks', async () => {
    const jinjiang = await createCompany(db, { name: '锦江物业服务有限公司', aliases: '锦江物业、锦江', creditCode: '91350100m000100y43' });
    expect(jinjiang.creditCode).toBe('91350100M000100Y43');
    const typed = await createEstate(db, { communityId, name: '锦绣花园', company: ' 锦江物业' });
    expect(typed.company).toBe('锦江物业');
    expect(typed.companyId).toBe(jinjiang.id);
    const other = await createEstate(db, { communityId, name: '桂花苑', company: '万科物业' });
    expect((await db.companies.get(other.companyId!))?.name).toBe('万科物业');
  });

  it('refuses a second company of the same folded name, a short name another company holds, and a wrong code', async () => {
    await createCompany(db, { name: '锦江物业服务有限公司', aliases: ['锦江'] });
    expect((await refusal(createCompany(db, { name: '锦江物业服务有限公司 ' }))).map((p) => p.code)).toEqual(['duplicateCompanyName']);
    expect((await refusal(createCompany(db, { name: '锦江华府物业', aliases: '锦江' }))).map((p) => p.code)).toEqual(['aliasTaken']);
    expect((await refusal(createCompany(db, { name: '甲物业', creditCode: '91350100M000100Y44' }))).map((p) => p.code)).toEqual(['creditCodeCheckDigit']);
  });

  it('merges two companies in one step: estates and hand events move, the names become short names, the estate keeps its text', async () => {
    const full = await createCompany(db, { name: '锦江物业服务有限公司' });
    const estate = await createEstate(db, { communityId, name: '锦绣花园', company: '锦江物业' });
    const short = (await findCompanyByName(db, '锦江物业'))!;
    await addCreditEntry(db, { companyId: short.id, kind: 'commendation', on: '2024-05-01', points: 5, evidence: '区表彰〔2024〕3号' });
    const merged = await mergeCompanies(db, full.id, short.id, '同一家企业');
    expect(merged.aliases).toEqual(['锦江物业']);
    expect(await db.companies.get(short.id)).toBeUndefined();
    expect((await db.estates.get(estate.id))?.companyId).toBe(full.id);
    expect((await db.estates.get(estate.id))?.company).toBe('锦江物业');
    expect((await db.creditEntries.toArray()).map((e) => e.companyId)).toEqual([full.id]);
    await keepCompaniesApart(db, full.id, (await createCompany(db, { name: '锦江华府物业' })).id);
    expect((await db.companies.get(full.id))?.keptApart).toHaveLength(1);
  });

  it('keeps the reason of a hand event’s edit and of a listing in the field history', async () => {
    const company = await createCompany(db, { name: '万科物业' });
    const entry = await addCreditEntry(db, { companyId: company.id, kind: 'penalty', on: '2024-05-01', points: -10, evidence: '罚字〔2024〕1号' });
    expect((await refusal(editCreditEntry(db, entry.id, { kind: 'penalty', on: '2024-05-01', points: -5, evidence: '罚字〔2024〕1号' }, ''))).map((p) => p.code)).toEqual(['reasonRequired']);
    await editCreditEntry(db, entry.id, { kind: 'penalty', on: '2024-05-01', points: -5, evidence: '罚字〔2024〕1号' }, '复议后减轻');
    await updateCompany(db, company.id, { listing: 'black' }, '拒不整改');
    const history = await db.fieldHistory.toArray();
    expect(history.filter((h) => h.field === 'points').map((h) => [h.before, h.after, h.reason])).toEqual([[-10, -5, '复议后减轻']]);
    expect(history.filter((h) => h.field === 'listing').map((h) => [h.before, h.after, h.reason])).toEqual([['none', 'black', '拒不整改']]);
  });

  it('records a change of an estate’s company text in its history as before', async () => {
    const estate = await createEstate(db, { communityId, name: '锦绣花园', company: '甲物业' });
    await updateEstate(db, estate.id, { company: '乙物业' }, { reason: '更换物业' });
    expect((await historyOfEstate(db, estate.id)).filter((e) => e.change === 'updated').map((e) => [e.field, e.before, e.after, e.reason])).toEqual([['company', '甲物业', '乙物业', '更换物业']]);
    expect((await db.companies.get((await db.estates.get(estate.id))!.companyId!))?.name).toBe('乙物业');
  });
});

describe('imports and the credit file', () => {
  const FILE = workbook({
    小区: [['所属社区', '小区名称', '物业服务企业'], ['太平社区', '锦绣花园', '锦江物业'], ['太平社区', '桂花苑', '新城物业']],
    检查记录: [
      ['所属社区', '小区名称', '检查日期', '检查类型', '检查人员', '得分', '检查情况'],
      ['太平社区', '锦绣花园', '2024-03-15', '考评', '张敏', '55', '卫生差'],
      ['太平社区', '桂花苑', '2024-04-15', '考评', '张敏', '95', '良好'],
    ],
  });

  it('matches a company column by short name, creates the missing companies the user agreed to, and undo takes events and companies away', async () => {
    const jinjiang = await createCompany(db, { name: '锦江物业服务有限公司', aliases: '锦江物业' });
    const batches = await importFile(FILE, ['新城物业']);
    expect(batches.map((b) => b.kind)).toEqual(['inventory', 'inspections']);
    const byName = new Map((await db.estates.toArray()).map((e) => [e.name, e.companyId]));
    expect(byName.get('锦绣花园')).toBe(jinjiang.id);
    const xincheng = (await findCompanyByName(db, '新城物业'))!;
    expect(byName.get('桂花苑')).toBe(xincheng.id);

    const context = { rules: DEFAULT_CREDIT_RULES, today: '2024-12-31' };
    const events = await readCreditEvents(db, context);
    expect(events.map((e) => [e.companyId, e.kind, e.points])).toEqual([[jinjiang.id, 'assessment', -5], [xincheng.id, 'assessment', 3]]);
    expect(creditYear(events, jinjiang.id, 2024, DEFAULT_CREDIT_RULES)).toMatchObject({ score: 95, grade: 'A' });

    // Undo the inspections batch: its assessments' events go with it.
    await undoImportBatch(db, batches[1]!.id);
    expect(await readCreditEvents(db, context)).toEqual([]);
    // Undo the inventory: the company it created goes, the one registered before stays.
    await undoImportBatch(db, batches[0]!.id);
    expect((await db.companies.toArray()).map((c) => c.name)).toEqual(['锦江物业服务有限公司']);
  });

  it('leaves an estate unlinked, its text as typed, when the user does not register its company', async () => {
    await importFile(FILE);
    const estate = (await db.estates.toArray()).find((e) => e.name === '桂花苑');
    expect(estate?.company).toBe('新城物业');
    expect(estate?.companyId).toBeNull();
    expect(await db.companies.count()).toBe(0);
  });
});
