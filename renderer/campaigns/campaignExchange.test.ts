import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseExchange, storedKeysOf } from '../../shared/exchange/exchangeAnalysis';
import { readWorkbook } from '../../shared/exchange/read';
import { EMPTY_LEDGER } from '../../shared/exchange/recordKind';
import { messagesFor } from '../../shared/i18n/catalogs';
import { problemText } from '../../shared/common/problem';
import { undoImportBatch } from '../db/importBatchRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';
import { openTestDb } from '../db/testing/testDb';
import { createCommunity, createEstate } from '../estates';
import { commitExchangeImport, diffExchange } from '../exchange/exchangeImport';
import { fullWorkbookOf } from '../exchange/fullWorkbookOf';
import { createCampaign } from './campaignRepository';
import { recordPayment, saveFunds } from './fundRepository';
import { createReturn, recordFiling } from './returnRepository';
import { addProgressNote, createTask } from './taskRepository';

const rules = { defaultTermYears: 5 };
let db: StreetLedgerDb;
let fresh: StreetLedgerDb;

beforeEach(async () => {
  db = await openTestDb('street');
  fresh = await openTestDb('fresh');
  const rongcheng = await createCommunity(db, { name: '融城社区' });
  const estates = [];
  for (const [name, company] of [['万家花园', '万家物业'], ['融侨锦江', '融侨物业'], ['阳光城', '阳光物业'], ['鑫达小区', '鑫达物业']] as const) estates.push(await createEstate(db, { communityId: rongcheng.id, name, company }));
  const plan1 = await createCampaign(db, {
    name: '物业管理规范提升专项行动', year: 2026, sourceRef: '福清建〔2026〕8号', goalText: '规范市场秩序；\n提升服务', estateIds: estates.map((e) => e.id),
    phases: [{ name: '动员部署', startsOn: '2026-08-01', endsOn: '2026-08-10' }, { name: '自查自纠', startsOn: '2026-08-15', endsOn: '2026-10-05' }],
    goals: [{ measure: 'returnsFiled', targetPercent: 100 }, { measure: 'tasksDone', targetPercent: 90 }],
  });
  const task = await createTask(db, { campaignId: plan1.id, title: '制订整改提升方案', phase: '动员部署', dueOn: '2026-08-20', leadDepartment: '市建设局', responsibleDepartments: '各物业服务企业、社区', startedOn: '2026-08-02' });
  await addProgressNote(db, task.id, { on: '2026-08-05', text: '已布置' });
  const form = await createReturn(db, { campaignId: plan1.id, title: '自查检查表', dueOn: '2026-09-05', partyKind: 'company', inspectionKinds: ['selfInspection'] });
  const plan = await createReturn(db, { campaignId: plan1.id, title: '整改提升方案', dueOn: '2026-08-20', partyKind: 'estate', inspectionKinds: [] });
  await recordFiling(db, form.id, { kind: 'company', name: '万家物业' }, { receivedOn: '2026-09-01', note: '纸质（盖章）' });
  await recordFiling(db, plan.id, { kind: 'estate', estateId: estates[1]!.id }, { receivedOn: '2026-08-19' });
  const plan4 = await createCampaign(db, { name: '社区物业化服务', year: 2026, estateIds: [estates[2]!.id, estates[3]!.id], finalPaymentNeedsAcceptance: true });
  await saveFunds(db, { campaignId: plan4.id, planned: '10万', shares: [{ source: 'district', amount: '5万', upfront: '2万' }, { source: 'street', amount: '5万', upfront: '2万' }] }, [estates[2]!.id, estates[3]!.id]);
  await recordPayment(db, { campaignId: plan4.id, estateId: estates[2]!.id, source: 'district', stage: 'upfront', paidOn: '2026-03-01', amount: '20000.05' });
});
afterEach(() => {
  db.close();
  fresh.close();
});

async function importInto(target: StreetLedgerDb, bytes: Uint8Array) {
  const [communities, estates, campaigns, campaignReturns] = await Promise.all([target.communities.toArray(), target.estates.toArray(), target.campaigns.toArray(), target.campaignReturns.toArray()]);
  const analysis = analyseExchange(await readWorkbook(bytes, '全街道.xlsx'), { stored: storedKeysOf({ ...EMPTY_LEDGER, communities, estates, campaigns, campaignReturns }, { rules }), rules });
  const previewed = await diffExchange(target, analysis, rules);
  return { analysis, previewed, commit: () => commitExchangeImport(target, { analysis, previewed, rules, fileName: '全街道.xlsx', operator: '林学贵' }) };
}

/** The campaign tables as a person sees them: without ids and stamps, campaigns and estates by name. */
async function contents(target: StreetLedgerDb) {
  const estateName = new Map((await target.estates.toArray()).map((e) => [e.id, e.name]));
  const campaigns = await target.campaigns.toArray();
  const campaignName = new Map(campaigns.map((c) => [c.id, c.name]));
  const returnTitle = new Map((await target.campaignReturns.toArray()).map((r) => [r.id, r.title]));
  const strip = (rows: readonly object[]) =>
    rows
      .map((row) => {
        const { id: _id, createdAt: _c, updatedAt: _u, notes: _n, file: _f, partyKey: _k, ...rest } = row as Record<string, unknown>;
        const named = { ...rest } as Record<string, unknown>;
        if (typeof named.campaignId === 'string') named.campaignId = campaignName.get(named.campaignId);
        if (typeof named.estateId === 'string') named.estateId = estateName.get(named.estateId);
        if (typeof named.returnId === 'string') named.returnId = returnTitle.get(named.returnId);
        if (Array.isArray(named.estateIds)) named.estateIds = named.estateIds.map((id: string) => estateName.get(id));
        const party = named.party as { kind: string; estateId?: string } | undefined;
        if (party?.estateId) named.party = { ...party, estateId: estateName.get(party.estateId) };
        return JSON.stringify(named, Object.keys(named).sort().concat(['kind', 'estateId', 'name', 'startsOn', 'endsOn', 'measure', 'targetPercent', 'source', 'fen', 'upfrontFen']));
      })
      .sort();
  return {
    campaigns: strip(campaigns),
    tasks: strip(await target.campaignTasks.toArray()),
    returns: strip(await target.campaignReturns.toArray()),
    filings: strip(await target.campaignFilings.toArray()),
    funds: strip(await target.campaignFunds.toArray()),
    payments: strip(await target.campaignPayments.toArray()),
  };
}

describe('campaigns in the full workbook', () => {
  it('writes a sheet for campaigns, tasks, returns, filings, funds and payments', async () => {
    const book = XLSX.read(await fullWorkbookOf(db), { type: 'array' });
    expect(book.SheetNames).toEqual(['社区', '物业服务企业', '小区', '业委会届次', '业委会成员', '检查台账', '筹备组', '业主大会会议', '满意度测评', '整改通知书', '投诉件', '专项行动', '专项行动任务', '任务进展', '报送事项', '报送情况', '专项经费', '经费拨付', '变更记录']);
    const payments = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['经费拨付']!);
    expect(payments).toEqual([{ 专项行动名称: '社区物业化服务', 年度: 2026, 所属社区: '融城社区', 小区名称: '阳光城', 经费来源: '区级', 拨付类型: '启动经费', 拨付日期: expect.any(Number), '拨付金额（元）': 20000.05 }]);
  });

  it('imports into an empty ledger as the same records, and is undone as one batch', async () => {
    const { previewed, commit } = await importInto(fresh, await fullWorkbookOf(db));
    expect(previewed.campaigns?.added).toHaveLength(2);
    expect(previewed.campaignFilings?.added).toHaveLength(2);
    const batches = await commit();
    const before = await contents(db);
    const after = await contents(fresh);
    // Files stay in the app; tied inspections too. Progress notes come with their tasks.
    expect(after).toEqual({ ...before, campaigns: before.campaigns.map((c) => c.replace(/"inspectionIds":\[[^\]]*\]/, '"inspectionIds":[]')) });
    expect((await fresh.campaignTasks.toArray()).map((t) => t.notes)).toEqual([[{ on: '2026-08-05', text: '已布置', attachments: [] }]]);
    const campaignBatch = batches.find((b) => b.kind === 'campaigns');
    expect(campaignBatch?.counts.added).toBe(2 + 1 + 1 + 2 + 2 + 2 + 1);
    await undoImportBatch(fresh, campaignBatch!.id);
    for (const table of [fresh.campaigns, fresh.campaignTasks, fresh.campaignReturns, fresh.campaignFilings, fresh.campaignFunds, fresh.campaignPayments]) expect(await table.count()).toBe(0);
  });

  it('imports back into the same street as a no-op', async () => {
    const { previewed } = await importInto(db, await fullWorkbookOf(db));
    for (const kind of ['campaigns', 'campaignTasks', 'campaignNotes', 'campaignReturns', 'campaignFilings', 'campaignFunds', 'campaignPayments'] as const) {
      expect([kind, previewed[kind]?.added.length, previewed[kind]?.changed.length]).toEqual([kind, 0, 0]);
    }
  });

  it('lists a bad amount and an unknown campaign as invalid rows, each with a Chinese reason, and writes the rest', async () => {
    const book = XLSX.read(await fullWorkbookOf(db), { type: 'array' });
    const payments = book.Sheets['经费拨付']!;
    XLSX.utils.sheet_add_aoa(payments, [['社区物业化服务', 2026, '融城社区', '鑫达小区', '街道', '启动经费', '2026-03-02', '两万'], ['没有的行动', 2026, '融城社区', '鑫达小区', '街道', '启动经费', '2026-03-02', 100]], { origin: -1 });
    const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
    const { analysis } = await importInto(fresh, new Uint8Array(bytes));
    const invalid = analysis.campaignPayments?.rows.invalid ?? [];
    const problems = invalid.map((r) => r.problems.map((p) => (p.issue.source === 'domain' ? p.issue.problem : null)));
    expect(problems.map((list) => list.map((p) => p?.code))).toEqual([['notAnAmount'], ['unknownCampaign']]);
    const zh = messagesFor('zh-CN').domain.problems;
    expect(problemText(problems[0]![0]!, zh)).toBe('“两万”不是有效金额，应写成 50000、5万 或 50,000.00（最多到分）');
    expect(problemText(problems[1]![0]!, zh)).toContain('专项行动“没有的行动（2026）”不存在');
    expect(analysis.campaignPayments?.rows.valid).toHaveLength(1);
  });

  it('refuses to undo a campaign import once a task was added to it by hand', async () => {
    const { commit } = await importInto(fresh, await fullWorkbookOf(db));
    const batch = (await commit()).find((b) => b.kind === 'campaigns')!;
    const campaign = (await fresh.campaigns.toArray())[0]!;
    await createTask(fresh, { campaignId: campaign.id, title: '新任务', dueOn: '2026-12-01' });
    expect((await refusal(undoImportBatch(fresh, batch.id))).map((p) => p.code)).toEqual(['batchReferenced']);
  });
});
