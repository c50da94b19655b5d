import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseExchange, storedKeysOf } from '../../shared/exchange/exchangeAnalysis';
import { IMPORT_KINDS } from '../../shared/exchange/kinds';
import { readWorkbook } from '../../shared/exchange/read';
import { xlsxBytes } from '../../tests/fixtures/exchange/workbooks';
import { readLedger } from '../db/importCommit';
import { undoImportBatch } from '../db/importBatchRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';
import { openTestDb } from '../db/testing/testDb';
import { createCommunity, createEstate } from '../estates';
import { issueNotice } from './noticeRepository';
import { commitExchangeImport, diffExchange } from '../exchange/exchangeImport';

const rules = { defaultTermYears: 5 };
const PATTERN = '〔{year}〕第{n}号';
let db: StreetLedgerDb;
let estateId: string;

beforeEach(async () => {
  db = await openTestDb('notices');
  const community = await createCommunity(db, { name: '万安社区' });
  estateId = (await createEstate(db, { communityId: community.id, name: '万安花园' })).id;
  await createEstate(db, { communityId: community.id, name: '电力宿舍' });
});
afterEach(() => db.close());

async function importRows(rows: (string | number | null)[][], sheet = '整改台账') {
  const ledger = await readLedger(db, IMPORT_KINDS);
  const analysis = analyseExchange(await readWorkbook(xlsxBytes({ sheets: [{ name: sheet, rows }] }), '整改台账.xlsx'), { stored: storedKeysOf(ledger, { rules }), rules });
  const previewed = await diffExchange(db, analysis, rules);
  return { analysis, previewed, commit: () => commitExchangeImport(db, { analysis, previewed, rules, fileName: '整改台账.xlsx', operator: '张敏', noticeNumberPattern: PATTERN }) };
}

const LEDGER_HEADER = ['通知书编号', '社区', '小区名称', '下发日期', '责任单位', '整改内容', '整改期限', '状态', '复查日期'];

describe('importing rectification notices', () => {
  it('keeps the numbers a district ledger brings: a number in the office pattern keeps its serial, another register’s keeps its text, and the counter goes on after both', async () => {
    const { analysis, commit } = await importRows([
      LEDGER_HEADER,
      ['〔2024〕第5号', '万安社区', '万安花园', '2024-03-01', '万科物业', '垃圾堆放；楼道（北）', '2024-03-08', '待整改', ''],
      ['万安〔2024〕3号', '万安社区', '电力宿舍', '2024-03-02', '供电公司后勤处', '消防通道堵塞', '2024-03-09', '复查合格', '2024-03-09'],
    ]);
    expect(analysis.notices?.rows.invalid).toEqual([]);
    const [batch] = await commit();
    expect(batch?.kind).toBe('notices');
    const stored = (await db.notices.toArray()).sort((a, b) => a.serial - b.serial);
    expect(stored.map((n) => [n.number, n.year, n.serial, n.status, n.closedOn, n.items])).toEqual([
      ['〔2024〕第5号', 2024, 5, 'pending', null, [{ category: 'other', text: '垃圾堆放；楼道（北）' }]],
      ['万安〔2024〕3号', 2024, 6, 'closed', '2024-03-09', [{ category: 'other', text: '消防通道堵塞' }]],
    ]);
    const next = await issueNotice(db, { estateId, inspectionId: null, issuedOn: '2024-04-01', responsibleParty: '万科物业', deadline: '2024-04-08', items: [{ category: 'other', text: '复查' }] }, PATTERN);
    expect(next.number).toBe('〔2024〕第7号');
    // The same ledger again adds nothing.
    const again = await importRows([LEDGER_HEADER, ['〔2024〕第5号', '万安社区', '万安花园', '2024-03-01', '万科物业', '垃圾堆放；楼道（北）', '2024-03-08', '待整改', '']]);
    expect([again.previewed.notices?.added.length, again.previewed.notices?.changed.length, again.previewed.notices?.unchanged.length]).toEqual([0, 0, 1]);
  });

  it('refuses, writing nothing, a notice whose serial another notice already holds', async () => {
    await issueNotice(db, { estateId, inspectionId: null, issuedOn: '2024-03-01', responsibleParty: '万科物业', deadline: '2024-03-08', items: [{ category: 'other', text: '修补' }] }, PATTERN);
    const { commit } = await importRows([LEDGER_HEADER, ['〔2024〕第1号', '万安社区', '电力宿舍', '2024-03-05', '后勤处', '围墙', '2024-03-12', '待整改', '']]);
    expect((await refusal(commit())).map((p) => p.code)).toEqual(['noticeNumberTaken']);
    expect(await db.notices.count()).toBe(1);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('puts a stored notice’s steps into its course from a 整改过程 sheet, and undoes them with their batch', async () => {
    const notice = await issueNotice(db, { estateId, inspectionId: null, issuedOn: '2024-03-01', responsibleParty: '万科物业', deadline: '2024-03-08', items: [{ category: 'other', text: '修补' }] }, PATTERN);
    const steps = [
      ['通知书编号', '社区', '小区名称', '环节序号', '整改环节', '环节日期', '复查结论', '重新限期', '督办措施', '环节说明'],
      ['〔2024〕第1号', '万安社区', '万安花园', 1, '报告整改', '2024-03-07', null, null, null, '已修补（附照片）'],
      ['〔2024〕第1号', '万安社区', '万安花园', 2, '复查', '2024-03-09', '不合格', '2024-03-15', null, '仍有裂缝'],
      ['〔2024〕第1号', '万安社区', '万安花园', 3, '督办', '2024-03-10', null, null, '约谈', '约谈经理：限期'],
    ];
    const { analysis, commit } = await importRows(steps, '整改过程');
    expect(analysis.noticeSteps?.rows.invalid).toEqual([]);
    const [batch] = await commit();
    expect((await db.notices.get(notice.id))?.events).toEqual([
      { type: 'reported', on: '2024-03-07', note: '已修补（附照片）' },
      { type: 'rechecked', on: '2024-03-09', passed: false, note: '仍有裂缝', newDeadline: '2024-03-15' },
      { type: 'escalated', on: '2024-03-10', escalation: 'talk', note: '约谈经理：限期' },
    ]);
    // Its status and deadline follow the course: reopened until the new deadline.
    expect(await db.notices.get(notice.id)).toMatchObject({ status: 'reopened', deadline: '2024-03-15', originalDeadline: '2024-03-08', closedOn: null });
    expect((await importRows(steps, '整改过程')).previewed.noticeSteps?.unchanged).toHaveLength(3);
    await undoImportBatch(db, batch!.id);
    expect(await db.notices.get(notice.id)).toMatchObject({ events: [], status: 'pending', deadline: '2024-03-08' });
  });
});
