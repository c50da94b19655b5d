import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { xlsxBytes, type WorkbookDef } from '../../tests/fixtures/exchange/workbooks';
import { createCommunity } from '../estates/communityRepository';
import { createEstate } from '../estates/estateRepository';
import { undoImportBatch } from '../db/importBatchRepository';
import { analyseExchange, storedKeysOf } from '../../shared/exchange/exchangeAnalysis';
import { readWorkbook } from '../../shared/exchange/read';
import { EMPTY_LEDGER } from '../../shared/exchange/recordKind';
import { commitExchangeImport, diffExchange } from '../exchange/exchangeImport';
import { createInspection, listInspectionsOfEstate } from './inspectionRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';
import { openTestDb } from '../db/testing/testDb';

const rules = { defaultTermYears: 5 };
let db: StreetLedgerDb;
let jinxiuId = '';
beforeEach(async () => {
  db = await openTestDb();
  const taiping = await createCommunity(db, { name: '太平社区' });
  jinxiuId = (await createEstate(db, { communityId: taiping.id, name: '锦绣花园' })).id;
  await createEstate(db, { communityId: taiping.id, name: '滨江苑' });
});
afterEach(() => db.close());

const list = (findings = '总体较好'): WorkbookDef => ({
  sheets: [
    {
      name: '检查记录',
      rows: [
        ['社区', '小区名称', '检查日期', '时间', '检查类型', '检查人员', '环境卫生', '环境卫生问题', '检查情况'],
        ['太平社区', '锦绣花园', '2024-03-15', '09:30', '抽查', '张敏', '有问题', '垃圾未清运', findings],
        ['太平社区', '滨江苑', '2024-03-15', '10:30', '抽查', '张敏', '合格', null, null],
        ['太平社区', '不存在小区', '2024-03-15', '11:30', '抽查', '张敏', '合格', null, null],
      ],
    },
  ],
});

async function analyse(def: WorkbookDef) {
  const [communities, estates] = await Promise.all([db.communities.toArray(), db.estates.toArray()]);
  const { inspections } = analyseExchange(await readWorkbook(xlsxBytes(def), '检查.xlsx'), {
    rules,
    stored: storedKeysOf({ ...EMPTY_LEDGER, communities, estates }, { rules }),
  });
  return inspections!;
}

async function preview(def: WorkbookDef) {
  const analysis = await analyse(def);
  const previewed = await diffExchange(db, { inspections: analysis }, rules);
  return { analysis, diff: previewed.inspections! };
}

describe('importing an inspection list', () => {
  it('adds the inspections of known estates in one batch, refusing rows of estates the ledger lacks', async () => {
    const { analysis, diff } = await preview(list());
    expect(analysis.rows.invalid.map((r) => r.problems.map((p) => p.issue))).toEqual([[{ source: 'domain', problem: { field: 'estate', code: 'unknownEstate', params: { name: '太平社区 / 不存在小区' } } }]]);
    expect(diff.added).toHaveLength(2);
    const [batch] = await commitExchangeImport(db, { analysis: { inspections: analysis }, previewed: { inspections: diff }, rules, fileName: '检查.xlsx', operator: '张敏' });
    expect(batch?.counts).toMatchObject({ added: 2, changed: 0, invalid: 1 });
    const [stored] = await listInspectionsOfEstate(db, jinxiuId);
    expect(stored).toMatchObject({ inspectedOn: '2024-03-15', time: '09:30', kind: 'spotCheck', inspectors: ['张敏'], findings: '总体较好', photoCount: 0 });
    expect(stored?.categories.sanitation).toEqual({ result: 'problem', note: '垃圾未清运', mark: null });
  });

  it('adds nothing when the same list comes again, and updates what changed', async () => {
    const first = await preview(list());
    await commitExchangeImport(db, { analysis: { inspections: first.analysis }, previewed: { inspections: first.diff }, rules, fileName: '检查.xlsx', operator: '张敏' });
    const again = await preview(list());
    expect([again.diff.added.length, again.diff.changed.length, again.diff.unchanged.length]).toEqual([0, 0, 2]);
    const edited = await preview(list('复查时已清运'));
    expect(edited.diff.changed.map((c) => c.changes)).toEqual([[{ field: 'findings', before: '总体较好', after: '复查时已清运' }]]);
    const [batch] = await commitExchangeImport(db, { analysis: { inspections: edited.analysis }, previewed: { inspections: edited.diff }, rules, fileName: '检查.xlsx', operator: '张敏' });
    expect((await listInspectionsOfEstate(db, jinxiuId))[0]?.findings).toBe('复查时已清运');
    await undoImportBatch(db, batch!.id);
    expect((await listInspectionsOfEstate(db, jinxiuId))[0]?.findings).toBe('总体较好');
  });

  it('is refused, writing nothing, when the ledger changed since the preview', async () => {
    const { analysis, diff } = await preview(list());
    await createInspection(db, { estateId: jinxiuId, inspectedOn: '2024-03-15', time: '09:30', kind: '抽查', inspectors: '张敏' });
    expect((await refusal(commitExchangeImport(db, { analysis: { inspections: analysis }, previewed: { inspections: diff }, rules, fileName: '检查.xlsx', operator: '张敏' }))).map((p) => p.code)).toEqual(['changedSincePreview']);
    expect(await db.inspections.count()).toBe(1);
    expect(await db.importBatches.count()).toBe(0);
  });
});
