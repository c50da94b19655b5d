import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseExchange, storedKeysOf } from '../../shared/exchange/exchangeAnalysis';
import { readWorkbook } from '../../shared/exchange/read';
import { createCommunity } from '../estates/communityRepository';
import { commitExchangeImport, diffExchange } from './exchangeImport';
import { undoImportBatch } from '../db/importBatchRepository';
import { issueNotice } from '../inspections/noticeRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';
import { openTestDb } from '../db/testing/testDb';

const rules = { defaultTermYears: 5 };

function workbook(sheets: Record<string, (string | number)[][]>): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const FILE = workbook({
  小区: [['所属社区', '小区名称', '小区类别'], ['太平社区', '锦绣花园', '一类'], ['太平社区', '机关宿舍', '二类']],
  检查记录: [
    ['所属社区', '小区名称', '检查日期', '检查类型', '检查人员', '检查情况'],
    ['太平社区', '锦绣花园', '2024-03-15', '抽查', '张敏', '垃圾未清运'],
  ],
});

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
  await createCommunity(db, { name: '太平社区' });
});
afterEach(() => db.close());

async function importFile(bytes: Uint8Array) {
  const [communities, estates, terms] = await Promise.all([db.communities.toArray(), db.estates.toArray(), db.committeeTerms.toArray()]);
  const analysis = analyseExchange(await readWorkbook(bytes, 'f.xlsx'), {
    stored: storedKeysOf({ communities, estates, terms, inspections: [] }, { rules }),
    rules,
  });
  const previewed = await diffExchange(db, analysis, rules);
  return commitExchangeImport(db, { analysis, previewed, rules, fileName: 'f.xlsx', operator: '张敏' });
}

describe('importing a workbook of several kinds', () => {
  it('adds estates and the inspections of those estates in one go, one batch per kind', async () => {
    const batches = await importFile(FILE);
    expect(batches.map((b) => [b.kind, b.counts.added])).toEqual([['inventory', 2], ['inspections', 1]]);
    const [inspection] = await db.inspections.toArray();
    const estate = await db.estates.get(inspection!.estateId);
    expect(estate?.name).toBe('锦绣花园');
  });

  it('is a no-op the second time', async () => {
    await importFile(FILE);
    expect(await importFile(FILE)).toEqual([]);
    expect(await db.inspections.count()).toBe(1);
  });

  it('refuses to undo an imported inspection a notice now cites, and changes nothing', async () => {
    const [, inspectionBatch] = await importFile(FILE);
    const [inspection] = await db.inspections.toArray();
    await issueNotice(db, { estateId: inspection!.estateId, inspectionId: inspection!.id, issuedOn: '2024-03-15', responsibleParty: '万科物业', items: [{ text: '清运' }], deadline: '2024-03-22' }, '〔{year}〕第{n}号');
    const problems = await refusal(undoImportBatch(db, inspectionBatch!.id));
    expect(problems.map((p) => p.code)).toEqual(['batchReferenced', 'inspectionHasNotices']);
    expect(problems[0]?.params).toEqual({ name: '2024-03-15' });
    expect(await db.inspections.count()).toBe(1);
  });
});
