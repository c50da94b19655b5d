import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { xlsxBytes } from '../../tests/fixtures/exchange/workbooks';
import type { Estate } from '../../shared/estates/estate';
import { analyseExchange, storedKeysOf } from '../../shared/exchange/exchangeAnalysis';
import { EMPTY_LEDGER } from '../../shared/exchange/recordKind';
import { exportFullWorkbook } from '../../shared/exchange/export/fullWorkbook';
import { withHeader } from '../../shared/estates/inventoryTables';
import { writeXlsx } from '../../shared/exchange/export/xlsxFile';
import { readWorkbook } from '../../shared/exchange/read';
import { createCommunity } from '../estates/communityRepository';
import { commitExchangeImport, diffExchange } from '../exchange/exchangeImport';
import { addCommitteeMember, createCommitteeTerm, updateCommitteeMember, updateCommitteeTerm } from './committeeTermRepository';
import { createEstate } from '../estates/estateRepository';
import { undoImportBatch } from '../db/importBatchRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';
import { openTestDb } from '../db/testing/testDb';

const rules = { defaultTermYears: 5 };
let db: StreetLedgerDb;
let jinxiu: Estate;

beforeEach(async () => {
  db = await openTestDb();
  const taiping = await createCommunity(db, { name: '太平社区' });
  jinxiu = await createEstate(db, { communityId: taiping.id, name: '锦绣花园', estateClass: 1 });
  await createEstate(db, { communityId: taiping.id, name: '机关宿舍', estateClass: 2 });
  const term = await createCommitteeTerm(db, { estateId: jinxiu.id, termNumber: 1, electedOn: '2019-06-01', filedOn: '2019-06-20', filingNumber: '0012' }, rules);
  const chair = await addCommitteeMember(db, term.id, { name: '王建国', role: '主任', phone: '013800000001' });
  await addCommitteeMember(db, term.id, { name: '李梅', role: '副主任' });
  await updateCommitteeMember(db, term.id, chair.id, { leftOn: '2021-01-10', leftReason: '辞职' });
  await addCommitteeMember(db, term.id, { name: '赵强', role: '主任', joinedOn: '2021-01-10' });
});
afterEach(() => db.close());

async function preview(bytes: Uint8Array, fileName: string) {
  const [communities, estates, terms] = [await db.communities.toArray(), await db.estates.toArray(), await db.committeeTerms.toArray()];
  const kinds = ['committeeTerms', 'committeeMembers'] as const;
  const { committeeTerms, committeeMembers } = analyseExchange(await readWorkbook(bytes, fileName), {
    rules,
    kinds,
    stored: storedKeysOf({ ...EMPTY_LEDGER, communities, estates, terms }, { rules }, kinds),
  });
  const analysis = { committeeTerms, committeeMembers };
  const diff = await diffExchange(db, analysis, rules);
  return { analysis, previewed: diff, terms: diff.committeeTerms!, members: diff.committeeMembers! };
}

/** The full workbook as the app writes it: inventory sheets, then the committee sheets. */
async function fullWorkbook(): Promise<Uint8Array> {
  const [communities, estates, terms] = [await db.communities.toArray(), await db.estates.toArray(), await db.committeeTerms.toArray()];
  return exportFullWorkbook({ communities, estates, terms });
}

const DISTRICT_LIST = xlsxBytes({
  sheets: [
    {
      name: '业委会',
      rows: [
        ['社区', '小区名称', '届次', '选举日期', '任期（年）', '备案日期', '备案号', '主任', '联系电话'],
        ['太平社区', '锦绣花园', '第一届', '2019-06-01', null, '2019-06-25', '0012', '赵强', null],
        ['太平社区', '机关宿舍', '第一届', '2024-05-15', 3, null, null, '陈静', '13900000009'],
      ],
    },
  ],
});

describe('committing a committee workbook', () => {
  it('re-imports our own full workbook as a no-op: nothing added, nothing changed, nothing written', async () => {
    const before = await db.committeeTerms.toArray();
    const { analysis, previewed, terms: previewedTerms, members: previewedMembers } = await preview(await fullWorkbook(), '台账.xlsx');
    expect(analysis.committeeTerms?.rows.invalid).toEqual([]);
    expect(analysis.committeeMembers?.rows.invalid).toEqual([]);
    expect(previewedTerms).toMatchObject({ added: [], changed: [] });
    expect(previewedMembers).toMatchObject({ added: [], changed: [] });
    expect(previewedMembers.unchanged).toHaveLength(3);
    expect(await commitExchangeImport(db, { analysis, previewed, rules, fileName: '台账.xlsx', operator: '张敏' })).toEqual([]);
    expect(await db.importBatches.count()).toBe(0);
    expect(await db.committeeTerms.toArray()).toEqual(before);
  });

  it('adds the new term with its chair from a district list, updates the filing of the old one, and undoes both', async () => {
    const before = await db.committeeTerms.toArray();
    const { analysis, previewed, terms: previewedTerms } = await preview(DISTRICT_LIST, '区名单.xlsx');
    expect(previewedTerms.added).toHaveLength(1);
    expect(previewedTerms.changed.map((c) => c.changes)).toEqual([[{ field: 'filedOn', before: '2019-06-20', after: '2019-06-25' }]]);
    const [batch] = await commitExchangeImport(db, { analysis, previewed, rules, fileName: '区名单.xlsx', operator: '张敏' });
    expect(batch?.counts).toMatchObject({ added: 1, changed: 1 });
    const terms = await db.committeeTerms.toArray();
    const added = terms.find((t) => t.estateId !== jinxiu.id);
    expect(added).toMatchObject({ termNumber: 1, electedOn: '2024-05-15', endOn: '2027-05-15', filedOn: null, updatedAt: batch?.committedAt });
    expect(added?.members.map((m) => [m.name, m.role, m.phone])).toEqual([['陈静', 'chair', '13900000009']]);
    // The stored roster of the changed term is kept: the chair column does not rewrite it.
    expect(terms.find((t) => t.estateId === jinxiu.id)).toMatchObject({ filedOn: '2019-06-25', members: before[0]?.members });

    await undoImportBatch(db, batch!.id);
    expect(await db.committeeTerms.toArray()).toEqual(before);
  });

  it('writes nothing if the ledger changed after the preview', async () => {
    const { analysis, previewed } = await preview(DISTRICT_LIST, '区名单.xlsx');
    const [stored] = await db.committeeTerms.toArray();
    await updateCommitteeTerm(db, stored!.id, { filedOn: '2019-06-25' }, rules);
    const before = await db.committeeTerms.toArray();
    expect((await refusal(commitExchangeImport(db, { analysis, previewed, rules, fileName: '区名单.xlsx', operator: '张敏' }))).map((p) => p.code)).toEqual([
      'changedSincePreview',
    ]);
    expect(await db.committeeTerms.toArray()).toEqual(before);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('refuses, writing nothing, a roster that would seat two chairs at once', async () => {
    const bytes = writeXlsx([
      {
        name: '业委会成员',
        rows: withHeader({
          header: ['所属社区', '小区名称', '届次', '姓名', '职务'],
          rows: [[{ t: 's', v: '太平社区' }, { t: 's', v: '锦绣花园' }, { t: 's', v: '第1届' }, { t: 's', v: '孙丽' }, { t: 's', v: '主任' }]],
        }),
      },
    ]);
    const { analysis, previewed, members: previewedMembers } = await preview(bytes, '成员.xlsx');
    expect(previewedMembers.added).toHaveLength(1);
    const before = await db.committeeTerms.toArray();
    expect((await refusal(commitExchangeImport(db, { analysis, previewed, rules, fileName: '成员.xlsx', operator: '张敏' }))).map((p) => p.code)).toEqual(['twoChairs']);
    expect(await db.committeeTerms.toArray()).toEqual(before);
  });
});
