import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseExchange, storedKeysOf } from '../../shared/exchange/exchangeAnalysis';
import { readWorkbook } from '../../shared/exchange/read';
import { EMPTY_LEDGER } from '../../shared/exchange/recordKind';
import { xlsxBytes } from '../../tests/fixtures/exchange/workbooks';
import { undoImportBatch } from '../db/importBatchRepository';
import { readLedger } from '../db/importCommit';
import { refusal } from '../db/testing/expectRefused';
import { IMPORT_KINDS } from '../../shared/exchange/kinds';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { createCommunity, createEstate } from '../estates';
import { commitExchangeImport, diffExchange } from '../exchange/exchangeImport';
import { fullWorkbookOf } from '../exchange/fullWorkbookOf';
import { recordComplaint, takeComplaintStep } from './complaintRepository';

const rules = { defaultTermYears: 5 };
const PATTERN = '投〔{year}〕{n}号';
let db: StreetLedgerDb;
let fresh: StreetLedgerDb;

beforeEach(async () => {
  db = await openTestDb('street');
  fresh = await openTestDb('fresh');
  const community = await createCommunity(db, { name: '太平社区' });
  await createEstate(db, { communityId: community.id, name: '万科a区', company: '万科物业' });
});
afterEach(() => {
  db.close();
  fresh.close();
});

async function importInto(target: StreetLedgerDb, bytes: Uint8Array, fileName = '12345工单.xlsx') {
  const [communities, estates, terms] = await Promise.all([target.communities.toArray(), target.estates.toArray(), target.committeeTerms.toArray()]);
  const analysis = analyseExchange(await readWorkbook(bytes, fileName), { stored: storedKeysOf({ ...EMPTY_LEDGER, communities, estates, terms }, { rules }), rules });
  const previewed = await diffExchange(target, analysis, rules);
  return { analysis, previewed, commit: () => commitExchangeImport(target, { analysis, previewed, rules, fileName, operator: '张敏', complaintNumberPattern: PATTERN }) };
}

/** A 12345 work-order export as the hotline sends it: a title row, its own column names. */
const HOTLINE = xlsxBytes({
  sheets: [
    {
      name: '工单',
      rows: [
        ['12345市民服务热线工单导出（2024年3月）'],
        ['工单编号', '来电时间', '诉求人', '联系电话', '所属社区', '小区名称', '诉求类型', '诉求内容', '办理时限', '办理状态'],
        ['GD202403050002', '2024-03-05 14:10', '李四', '13900000002', '太平社区', '万科a区', '物业收费', '物业费上涨未公示', '2024-03-12', '处理中'],
        ['GD202403010001', '2024-03-01 09:30', '王小明', '13800000001', '太平社区', '万科a区', '卫生', '3栋垃圾未清运', '2024-03-08', '待签收'],
        ['GD202403060003', '2024-03-06 08:00', '赵六', '13700000003', '太平社区', '不存在小区', '维修', '电梯停运', '2024-03-13', '待签收'],
        ['GD202403070004', '2024-03-07 10:00', '孙七', '13600000004', '', '', '其他', '街面占道', '2024-03-14', '待签收'],
      ],
    },
  ],
});

describe('importing a complaint list', () => {
  it('reads a 12345 export through the pipeline: new rows numbered on commit in the order received, a row naming an unknown estate invalid', async () => {
    const { analysis, previewed, commit } = await importInto(db, HOTLINE);
    expect(analysis.complaints?.rows.invalid.map((r) => r.row)).toEqual([5]);
    expect(JSON.stringify(analysis.complaints?.rows.invalid[0]?.problems)).toContain('unknownEstate');
    expect(previewed.complaints?.added.length).toBe(3);
    const [batch] = await commit();
    expect(batch?.kind).toBe('complaints');
    const stored = (await db.complaints.toArray()).sort((a, b) => (a.serial ?? 0) - (b.serial ?? 0));
    expect(stored.map((c) => [c.number, c.workOrderNumber, c.receivedAt, c.status, c.channel, c.hotlineDeadline, c.againstName])).toEqual([
      ['投〔2024〕1号', 'GD202403010001', '09:30', 'received', 'hotline', '2024-03-08', '万科物业'],
      ['投〔2024〕2号', 'GD202403050002', '14:10', 'handling', 'hotline', '2024-03-12', '万科物业'],
      ['投〔2024〕3号', 'GD202403070004', '10:00', 'received', 'hotline', '2024-03-14', ''],
    ]);
    // The counter moved on: the next complaint typed in is number 4.
    expect((await recordComplaint(db, { receivedOn: '2024-03-08', channel: 'phone', category: 'other', content: 'x' }, { pattern: PATTERN })).number).toBe('投〔2024〕4号');

    // The same export again changes nothing.
    const again = await importInto(db, HOTLINE);
    expect([again.previewed.complaints?.added.length, again.previewed.complaints?.changed.length, again.previewed.complaints?.unchanged.length]).toEqual([0, 0, 3]);

    // Undone as a whole; the numbers stay used.
    await undoImportBatch(db, batch!.id);
    expect((await db.complaints.toArray()).map((c) => c.number)).toEqual(['投〔2024〕4号']);
    expect((await recordComplaint(db, { receivedOn: '2024-03-08', channel: 'phone', category: 'other', content: 'y' }, { pattern: PATTERN })).number).toBe('投〔2024〕5号');
  });
});

describe('complaints in the full workbook', () => {
  beforeEach(async () => {
    const estate = (await db.estates.toArray())[0]!;
    const c = await recordComplaint(db, { receivedOn: '2024-03-01', receivedAt: '09:30', channel: 'hotline', workOrderNumber: 'GD1', hotlineDeadline: '2024-03-08', complainantName: '王小明', complainantPhone: '13800000001', complainantAddress: '3栋 电话13800000001', estateId: estate.id, category: 'sanitation', content: '垃圾未清运' }, { pattern: PATTERN });
    await takeComplaintStep(db, c.id, 'accepted', { on: '2024-03-02' }, { operator: '张敏', extensionMaxDays: 30 });
    await recordComplaint(db, { receivedOn: '2024-03-03', channel: 'visit', complainantName: '李四', complainantPhone: '13900000002', communityId: estate.communityId, against: 'other', againstName: '环卫所', category: 'other', content: '街面垃圾' }, { pattern: PATTERN });
  });

  it('carries them masked by default, and importing it back changes nothing', async () => {
    const bytes = await fullWorkbookOf(db);
    const book = XLSX.read(bytes, { type: 'array' });
    expect(book.SheetNames).toContain('投诉件');
    const text = JSON.stringify(XLSX.utils.sheet_to_json(book.Sheets['投诉件']!, { header: 1 }));
    expect(text).not.toContain('13800000001');
    expect(text).toContain('138****0001');
    const history = JSON.stringify(XLSX.utils.sheet_to_json(book.Sheets['变更记录']!, { header: 1 }));
    expect(history).not.toContain('13800000001');
    const { previewed, commit } = await importInto(db, bytes, '全街道.xlsx');
    expect([previewed.complaints?.added.length, previewed.complaints?.changed.length, previewed.complaints?.unchanged.length]).toEqual([0, 0, 2]);
    expect(await commit()).toEqual([]);
    expect((await db.complaints.toArray()).map((c) => c.complainantPhone).sort()).toEqual(['13800000001', '13900000002']);
  });

  it('shown in full on request, brings the same complaints into an empty database, their courses included', async () => {
    const { commit } = await importInto(fresh, await fullWorkbookOf(db, 'shown'), '全街道.xlsx');
    await commit();
    const strip = (rows: readonly object[]) =>
      rows.map((row) => {
        const { id: _id, createdAt: _c, updatedAt: _u, estateId: _e, communityId: _k, assignedCommunityId: _a, againstCompanyId: _co, ...rest } = row as Record<string, unknown>;
        return JSON.stringify(rest, Object.keys(rest).sort());
      }).sort();
    expect(strip(await fresh.complaints.toArray())).toEqual(strip(await db.complaints.toArray()));
    // Ids are the database's own: the company link points at the fresh database's record of it.
    const [estate] = await fresh.estates.toArray();
    expect((await fresh.complaints.toArray()).map((c) => c.againstCompanyId ?? null).sort()).toEqual([estate?.companyId ?? null, null].sort());
  });

  it('takes a stored complaint’s steps from a 投诉办理过程 sheet alone: its status and answers follow the course, and a course the rules refuse is refused whole', async () => {
    const complaint = await recordComplaint(db, { receivedOn: '2024-03-01', channel: 'phone', category: 'other', content: '楼道堆物（3栋）' }, { pattern: PATTERN });
    const header = ['投诉编号', '工单编号', '环节序号', '办理环节', '环节日期', '记录人', '记录时间', '环节内容'];
    const importSteps = async (rows: (string | number | null)[][]) => {
      const ledger = await readLedger(db, IMPORT_KINDS);
      const analysis = analyseExchange(await readWorkbook(xlsxBytes({ sheets: [{ name: '投诉办理过程', rows: [header, ...rows] }] }), '过程.xlsx'), { stored: storedKeysOf(ledger, { rules }), rules });
      const previewed = await diffExchange(db, analysis, rules);
      return commitExchangeImport(db, { analysis, previewed, rules, fileName: '过程.xlsx', operator: '张敏' });
    };
    // Replied before it was accepted: the course's own rules refuse it, and nothing is written.
    expect((await refusal(importSteps([[complaint.number, null, 1, '答复', '2024-03-02', '李强', '2024-03-02 10:00:00.000', '已清理']]))).map((p) => p.code)).toEqual(['complaintStepNotAllowed']);
    expect((await db.complaints.get(complaint.id))?.events).toEqual([]);
    await importSteps([
      [complaint.number, null, 1, '受理', '2024-03-01', '张敏', '2024-03-01 09:30:00.000', '属实'],
      [complaint.number, null, 2, '答复', '2024-03-03', '李强', '2024-03-03 16:05:30.250', '已清理，回电13800000001'],
    ]);
    expect(await db.complaints.get(complaint.id)).toMatchObject({
      status: 'replied', acceptedOn: '2024-03-01', reply: '已清理，回电13800000001', repliedOn: '2024-03-03',
      events: [
        { type: 'accepted', on: '2024-03-01', note: '属实', by: '张敏', at: Date.parse('2024-03-01T09:30:00+08:00') },
        { type: 'replied', on: '2024-03-03', reply: '已清理，回电13800000001', by: '李强', at: Date.parse('2024-03-03T16:05:30.250+08:00') },
      ],
    });
  });
});
