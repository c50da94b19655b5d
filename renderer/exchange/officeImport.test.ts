import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseExchange, createdRecords, storedKeysOf, type ExchangeAnalyseOptions } from '../../shared/exchange/exchangeAnalysis';
import { readWorkbook } from '../../shared/exchange/read';
import { EMPTY_LEDGER } from '../../shared/exchange/recordKind';
import { DISTRICT_LIST, noCommunityColumnBytes, SHEET_PER_COMMUNITY } from '../../tests/fixtures/exchange/officeLayouts';
import { xlsxBytes } from '../../tests/fixtures/exchange/workbooks';
import { unknownCommunitiesOf } from '../../shared/estates';
import { createCommunity } from '../estates/communityRepository';
import { undoImportBatch } from '../db/importBatchRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { commitExchangeImport, diffExchange } from './exchangeImport';

/**
 * What a new street office's first imports do: communities the list names are offered and
 * created in the same transaction, a sheet without a community column can be given one, and a
 * district list brings only our street's rows.
 */

const rules = { defaultTermYears: 5 };

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

/** As the import worker reads a file: against the stored ledger, a near miss shown. */
async function analyse(bytes: Uint8Array, options: Partial<ExchangeAnalyseOptions> = {}) {
  const [communities, estates, terms] = await Promise.all([db.communities.toArray(), db.estates.toArray(), db.committeeTerms.toArray()]);
  const analysis = analyseExchange(await readWorkbook(bytes, 'f.xlsx'), {
    stored: storedKeysOf({ ...EMPTY_LEDGER, communities, estates, terms }, { rules }),
    rules,
    showNearMiss: true,
    ...options,
  });
  return { ...analysis, created: createdRecords(analysis, { created: options.created, rules }) };
}

async function commit({ created, ...analysis }: Awaited<ReturnType<typeof analyse>>) {
  const previewed = await diffExchange(db, analysis, rules, undefined, created);
  return commitExchangeImport(db, { analysis, previewed, rules, fileName: 'f.xlsx', operator: '张敏', created });
}

describe('a first estate list whose communities the ledger lacks', () => {
  it('offers them, and once accepted creates them with the estates in one batch that undoes as one', async () => {
    const bytes = xlsxBytes(SHEET_PER_COMMUNITY);
    const offered = await analyse(bytes);
    const names = unknownCommunitiesOf(offered.estates);
    expect(names).toEqual(['天乐社区', '新村社区']);
    expect(offered.estates?.counts).toMatchObject({ valid: 0, invalid: 3 });

    const accepted = await analyse(bytes, { created: { communities: names } });
    expect(unknownCommunitiesOf(accepted.estates)).toEqual([]);
    expect(accepted.created.communities?.map((c) => c.name)).toEqual(['天乐社区', '新村社区']);
    const [batch] = await commit(accepted);
    expect(batch?.counts.added).toBe(5);
    const communities = await db.communities.toArray();
    const byId = new Map(communities.map((c) => [c.id, c.name]));
    const estates = await db.estates.toArray();
    expect(estates.map((e) => [byId.get(e.communityId), e.name, e.households]).sort()).toEqual([
      ['天乐社区', '兴园小区', 420],
      ['天乐社区', '梦园小区', 300],
      ['新村社区', '锦绣家园', 80],
    ]);
    await undoImportBatch(db, batch!.id);
    expect(await db.communities.count()).toBe(0);
    expect(await db.estates.count()).toBe(0);
  });
});

describe('a sheet without a community column', () => {
  it('is shown with every row waiting for a community, and reads once one is set for the sheet', async () => {
    await createCommunity(db, { name: '天乐社区' });
    const waiting = await analyse(noCommunityColumnBytes());
    expect(waiting.estates?.columns.fields.community).toBeNull();
    expect(waiting.estates?.counts).toMatchObject({ valid: 0, invalid: 2 });
    const set = await analyse(noCommunityColumnBytes(), { choices: { estates: { sheet: 0, fixed: { community: '天乐社区' } } } });
    expect(set.estates?.rows.valid.map((r) => [r.value.community, r.value.name])).toEqual([
      ['天乐社区', '兴园小区'],
      ['天乐社区', '梦园小区'],
    ]);
  });

  it('reads with another column mapped as 社区', async () => {
    await createCommunity(db, { name: '东区' });
    await createCommunity(db, { name: '西区' });
    const mapped = await analyse(noCommunityColumnBytes(), { choices: { estates: { sheet: 0, columns: { community: 2 } } } });
    expect(mapped.estates?.rows.valid.map((r) => [r.value.community, r.value.name])).toEqual([
      ['东区', '兴园小区'],
      ['西区', '梦园小区'],
    ]);
  });
});

describe('a district list across streets', () => {
  it('brings our street\'s rows and lists the other street\'s as skipped', async () => {
    const analysis = await analyse(xlsxBytes(DISTRICT_LIST), { ownStreet: '牌楼街道', created: { communities: ['新村社区', '天乐社区'] } });
    expect(analysis.estates?.rows.valid.map((r) => `${r.value.community}/${r.value.name}`)).toEqual(['新村社区/阳光花园', '天乐社区/兴园小区']);
    expect(analysis.estates?.rows.skipped).toEqual([{ row: 5, reason: 'otherStreet', detail: '红星街道' }]);
    await commit(analysis);
    expect(await db.estates.count()).toBe(2);
  });
});
