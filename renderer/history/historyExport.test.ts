import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseExchange } from '../../shared/exchange/exchangeAnalysis';
import { exportFullWorkbook } from '../../shared/exchange/export/fullWorkbook';
import { readWorkbook } from '../../shared/exchange/read';
import { createCommunity } from '../estates';
import { createEstate, deleteEstate, updateEstate } from '../estates';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { setOperator } from './changeContext';
import { historySheetOf } from './historyExport';

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('the history sheet of the full workbook', () => {
  it('lists every change oldest first in words, naming deleted records, and is left alone by a re-import', async () => {
    setOperator(db, '张敏');
    const community = await createCommunity(db, { name: '新华社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园', estateClass: '一类' });
    await updateEstate(db, estate.id, { estateClass: '二类' }, { reason: '复核（第3批）' });
    const gone = await createEstate(db, { communityId: community.id, name: '老街小区' });
    await deleteEstate(db, gone.id);

    const communities = await db.communities.toArray();
    const estates = await db.estates.toArray();
    const bytes = exportFullWorkbook({ communities, estates, history: await historySheetOf(db, [...communities, ...estates]) });
    const book = XLSX.read(bytes, { type: 'array' });
    expect(book.SheetNames).toEqual(['社区', '小区', '变更记录']);
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets['变更记录']!, { header: 1, defval: '' });
    expect(rows[0]).toEqual(['时间', '记录类型', '记录', '所属小区', '变更', '字段', '原值', '新值', '操作人', '原因']);
    expect(rows.slice(1).map((r) => r.slice(1))).toEqual([
      ['社区', '新华社区', '', '新建', '', '', '', '张敏', ''],
      ['小区', '锦绣花园', '锦绣花园', '新建', '', '', '', '张敏', ''],
      ['小区', '锦绣花园', '锦绣花园', '修改', '小区类别', '一类', '二类', '张敏', '复核（第3批）'],
      ['小区', '老街小区', '老街小区', '新建', '', '', '', '张敏', ''],
      ['小区', '老街小区', '老街小区', '删除', '', '', '', '张敏', ''],
    ]);

    const analysis = analyseExchange(await readWorkbook(bytes, '台账.xlsx'), { rules: { defaultTermYears: 5 } });
    const used = Object.values(analysis).flatMap((a) => (a ? [a.sheet.name] : []));
    expect(used).toEqual(['社区', '小区']);
  });
});
