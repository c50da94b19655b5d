import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseExchange, storedKeysOf } from '../../shared/exchange/exchangeAnalysis';
import { readWorkbook } from '../../shared/exchange/read';
import { createCommunity, createEstate, updateEstate } from '../estates';
import { commitExchangeImport, diffExchange } from '../exchange/exchangeImport';
import { readLedger } from './importCommit';
import type { StreetLedgerDb } from './StreetLedgerDb';
import { refusal } from './testing/expectRefused';
import { openTestDb } from './testing/testDb';

/** The commit writes only what the preview showed: the rows it compared, by content, not by count. */

const rules = { defaultTermYears: 5 };
const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

const FILE = csv(['所属社区,小区名称,住户数（户）', '万安社区,锦绣花园,1203', '万安社区,老街小区,40']);

let db: StreetLedgerDb;
let jinxiu = '';
beforeEach(async () => {
  db = await openTestDb();
  const wanan = await createCommunity(db, { name: '万安社区' });
  jinxiu = (await createEstate(db, { communityId: wanan.id, name: '锦绣花园', households: 100 })).id;
  await createEstate(db, { communityId: wanan.id, name: '老街小区', households: 40 });
});
afterEach(() => db.close());

async function preview() {
  const ledger = await readLedger(db, ['communities', 'estates', 'committeeTerms']);
  const analysis = analyseExchange(await readWorkbook(FILE, '小区.csv'), { rules, stored: storedKeysOf(ledger, { rules }) });
  return { analysis, previewed: await diffExchange(db, analysis, rules) };
}

describe('the ledger moved since the preview', () => {
  it('is refused when a previewed row changed, though every count is still the same', async () => {
    const { analysis, previewed } = await preview();
    expect(previewed.estates?.changed.map((r) => r.changes)).toEqual([[{ field: 'households', before: 100, after: 1203 }]]);
    // Someone else corrects 锦绣花园 meanwhile: still one changed and one unchanged row.
    await updateEstate(db, jinxiu, { households: 110 });
    const before = await db.estates.toArray();
    const problems = await refusal(commitExchangeImport(db, { analysis, previewed, rules, fileName: '小区.csv', operator: '张敏' }));
    expect(problems.map((p) => p.code)).toEqual(['changedSincePreview']);
    expect(await db.estates.toArray()).toEqual(before);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('is refused when a row the preview showed unchanged was changed since', async () => {
    const { analysis, previewed } = await preview();
    const laojie = (await db.estates.toArray()).find((e) => e.name === '老街小区')!;
    await updateEstate(db, laojie.id, { households: 41 });
    const problems = await refusal(commitExchangeImport(db, { analysis, previewed, rules, fileName: '小区.csv', operator: '' }));
    expect(problems.map((p) => p.code)).toEqual(['changedSincePreview']);
  });

  it('goes ahead when only a field the file does not touch was edited, and keeps that edit', async () => {
    const { analysis, previewed } = await preview();
    await updateEstate(db, jinxiu, { notes: '待核实' });
    const [batch] = await commitExchangeImport(db, { analysis, previewed, rules, fileName: '小区.csv', operator: '' });
    expect(batch?.counts).toMatchObject({ changed: 1, unchanged: 1 });
    expect(await db.estates.get(jinxiu)).toMatchObject({ households: 1203, notes: '待核实' });
  });
});
