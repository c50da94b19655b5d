import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseInventory } from '../../shared/exchange/testing/analyseInventory';
import { createCommunity } from '../estates';
import { createEstate } from '../estates';
import { undoImportBatch } from '../db/importBatchRepository';
import { commitExchangeImport, diffExchange } from '../exchange/exchangeImport';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { setOperator } from './changeContext';
import { historyOfBatch, historyOfEstate } from './historyRepository';

const rules = { defaultTermYears: 5 };
let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

async function importCsv(csv: string, fileName: string, operator: string) {
  const bytes = new TextEncoder().encode(csv);
  const analysis = await analyseInventory(bytes, fileName, { existingCommunities: await db.communities.toArray() });
  const previewed = await diffExchange(db, analysis, rules);
  const [batch] = await commitExchangeImport(db, { analysis, previewed, rules, fileName, operator });
  return batch!;
}

describe('the history of an import and its undo', () => {
  it('names the batch as the reason of every change it made, and its undo leaves entries of its own', async () => {
    const community = await createCommunity(db, { name: '万安社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园', company: '甲物业' });
    const batch = await importCsv('社区,小区名称,物业公司\n万安社区,锦绣花园,乙物业\n万安社区,滨江苑,丙物业\n', '万安社区.csv', '张敏');

    const imported = await historyOfBatch(db, batch.id);
    expect(imported.every((e) => e.cause === 'import' && e.reason === '万安社区.csv' && e.operator === '张敏')).toBe(true);
    expect(imported.map((e) => [e.kind, e.change, e.field, e.before, e.after]).sort()).toEqual([
      ['estate', 'created', null, null, null],
      ['estate', 'updated', 'company', '甲物业', '乙物业'],
    ]);

    setOperator(db, '李娜');
    await undoImportBatch(db, batch.id);
    const undone = (await historyOfBatch(db, batch.id)).filter((e) => e.cause === 'undoImport');
    expect(undone.map((e) => [e.kind, e.change, e.field, e.before, e.after]).sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      ['estate', 'deleted', null, expect.objectContaining({ name: '滨江苑' }), null],
      ['estate', 'updated', 'company', '乙物业', '甲物业'],
    ]);
    expect(undone.every((e) => e.reason === '万安社区.csv' && e.operator === '李娜')).toBe(true);
    expect((await historyOfEstate(db, estate.id)).map((e) => e.cause)).toEqual(['undoImport', 'import', 'edit']);
  });

  it('writes no history for an import refused because the ledger moved since its preview', async () => {
    const community = await createCommunity(db, { name: '万安社区' });
    const bytes = new TextEncoder().encode('社区,小区名称\n万安社区,滨江苑\n');
    const analysis = await analyseInventory(bytes, 'a.csv', { existingCommunities: await db.communities.toArray() });
    const previewed = await diffExchange(db, analysis, rules);
    await createEstate(db, { communityId: community.id, name: '滨江苑' });
    const before = await db.fieldHistory.count();
    await expect(commitExchangeImport(db, { analysis, previewed, fileName: 'a.csv', operator: '', rules })).rejects.toThrow();
    expect(await db.fieldHistory.count()).toBe(before);
  });
});
