import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseInventory, type InventoryAnalysis } from '../../shared/exchange/testing/analyseInventory';
import { createCommunity } from './communityRepository';
import { createEstate, updateEstate } from './estateRepository';
import { listImportBatches, undoImportBatch } from '../db/importBatchRepository';
import { commitExchangeImport, diffExchange } from '../exchange/exchangeImport';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';
import { openTestDb } from '../db/testing/testDb';

const encoder = new TextEncoder();
const rules = { defaultTermYears: 5 };
const csv = (text: string) => encoder.encode(text);

let db: StreetLedgerDb;

beforeEach(async () => {
  db = await openTestDb();
  const wanan = await createCommunity(db, { name: '万安社区', planned: { total: 3 } });
  await createEstate(db, { communityId: wanan.id, name: '锦绣花园', estateClass: 1, households: 100 });
  await createEstate(db, { communityId: wanan.id, name: '老街小区', estateClass: 3, households: 40 });
});
afterEach(() => db.close());

const FILE = [
  '牌楼街道物业管理小区基本情况统计表',
  '所属社区,小区名称,小区类别,住户数（户）',
  '万安社区,锦绣花园,一类小区,"1,203"', // changed: households 100 → 1203
  '万安社区,老街小区,三类,40', // unchanged
  '新华社区,机关宿舍,Ⅱ,60', // new, in a new community the communities sheet does not bring → invalid
  '万安社区,滨江苑,1,300', // new
  '合计,,,1603', // skipped
].join('\n');

async function analyse(text: string): Promise<InventoryAnalysis> {
  return analyseInventory(csv(text), '小区.csv', { existingCommunities: await db.communities.toArray() });
}

async function preview(text: string) {
  const analysis = await analyse(text);
  return { analysis, previewed: await diffExchange(db, analysis, rules) };
}

describe('committing an inventory import', () => {
  it('adds and updates in one batch and leaves invalid rows out', async () => {
    const { analysis, previewed } = await preview(FILE);
    expect(previewed.estates?.added.map((r) => r.value.name)).toEqual(['滨江苑']);
    expect(previewed.estates?.changed.map((r) => r.changes)).toEqual([[{ field: 'households', before: 100, after: 1203 }]]);
    expect(analysis.estates?.counts).toMatchObject({ invalid: 1, skipped: 1 });

    const [batch] = await commitExchangeImport(db, { analysis, previewed, fileName: '小区.csv', operator: '张敏', rules });
    expect(batch?.counts).toEqual({ added: 1, changed: 1, unchanged: 1, invalid: 1, skipped: 1 });
    const estates = await db.estates.toArray();
    expect(estates.map((e) => [e.name, e.households]).sort()).toEqual([['滨江苑', 300], ['老街小区', 40], ['锦绣花园', 1203]]);
    expect(estates.find((e) => e.name === '滨江苑')?.estateClass).toBe(1);
    expect((await listImportBatches(db)).map((b) => b.fileName)).toEqual(['小区.csv']);
  });

  it('writes nothing when the ledger changed after the preview', async () => {
    const { analysis, previewed } = await preview(FILE);
    const wanan = await db.communities.where('nameKey').equals('万安社区').first();
    await createEstate(db, { communityId: wanan!.id, name: '滨江苑' });
    const before = await db.estates.toArray();
    const problems = await refusal(commitExchangeImport(db, { analysis, previewed, fileName: 'x.csv', operator: '', rules }));
    expect(problems.map((p) => p.code)).toEqual(['changedSincePreview']);
    expect(await db.estates.toArray()).toEqual(before);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('creates the communities a file brings before the estates in them', async () => {
    const { analysis, previewed } = await preview(['社区,规划数', '新华社区,2', '', ''].join('\n'));
    expect(previewed.communities?.added).toHaveLength(1);
    await commitExchangeImport(db, { analysis, previewed, fileName: 'c.csv', operator: '', rules });
    const second = await preview(FILE);
    expect(second.previewed.estates?.added.map((r) => r.value.name).sort()).toEqual(['机关宿舍', '滨江苑']);
    await commitExchangeImport(db, { ...second, fileName: 'e.csv', operator: '', rules });
    const xinhua = await db.communities.where('nameKey').equals('新华社区').first();
    expect(await db.estates.where('communityId').equals(xinhua!.id).count()).toBe(1);
  });
});

describe('undoing an import batch', () => {
  async function importFile() {
    const { analysis, previewed } = await preview(FILE);
    const [batch] = await commitExchangeImport(db, { analysis, previewed, fileName: '小区.csv', operator: '张敏', rules });
    return batch!;
  }

  it('restores the ledger exactly as it was', async () => {
    const before = await db.estates.toArray();
    const batch = await importFile();
    const undone = await undoImportBatch(db, batch!.id);
    expect(undone.undoneAt).not.toBeNull();
    expect((await db.estates.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.sort((a, b) => a.id.localeCompare(b.id)));
    expect((await refusal(undoImportBatch(db, batch!.id))).map((p) => p.code)).toEqual(['batchUndone']);
  });

  it('refuses, changing nothing, when a record was edited since', async () => {
    const batch = await importFile();
    const jinxiu = (await db.estates.toArray()).find((e) => e.name === '锦绣花园')!;
    await updateEstate(db, jinxiu.id, { notes: '已核实' });
    const snapshot = await db.estates.toArray();
    const problems = await refusal(undoImportBatch(db, batch!.id));
    expect(problems).toEqual([{ field: 'batch', code: 'batchEditedSince', params: { name: '锦绣花园' } }]);
    expect(await db.estates.toArray()).toEqual(snapshot);
    expect((await db.importBatches.get(batch.id))?.undoneAt).toBeNull();
  });

  it('refuses when an estate was added since to a community the batch created', async () => {
    const { analysis, previewed } = await preview(['社区,规划数', '新华社区,2'].join('\n'));
    const [batch] = await commitExchangeImport(db, { analysis, previewed, fileName: 'c.csv', operator: '', rules });
    const xinhua = await db.communities.where('nameKey').equals('新华社区').first();
    await createEstate(db, { communityId: xinhua!.id, name: '手工录入小区' });
    const problems = await refusal(undoImportBatch(db, batch!.id));
    expect(problems.map((p) => p.code)).toEqual(['batchReferenced', 'communityHasEstates']);
    expect(await db.communities.count()).toBe(2);
  });
});
