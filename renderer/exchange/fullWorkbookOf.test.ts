import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseExchange, storedKeysOf } from '../../shared/exchange/exchangeAnalysis';
import { IMPORT_KINDS } from '../../shared/exchange/kinds';
import { readWorkbook } from '../../shared/exchange/read';
import { EMPTY_LEDGER } from '../../shared/exchange/recordKind';
import { createAssemblyMeeting, createPreparatoryGroup } from '../committees/committeePreparationRepository';
import { createCommitteeTerm } from '../committees/committeeTermRepository';
import { undoImportBatch } from '../db/importBatchRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { createCommunity, createEstate } from '../estates';
import { createInspection } from '../inspections/inspectionRepository';
import { issueNotice } from '../inspections/noticeRepository';
import { createSurvey } from '../inspections/surveyRepository';
import { commitExchangeImport, diffExchange } from './exchangeImport';
import { fullWorkbookOf } from './fullWorkbookOf';
import { createCompany } from '../companies';
import { DEFAULT_CREDIT_RULES } from '../../shared/companies';

const rules = { defaultTermYears: 5 };
let db: StreetLedgerDb;
let fresh: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb('street');
  fresh = await openTestDb('fresh');
  const community = await createCommunity(db, { name: '新华社区', planned: { total: 2, class1: 1, class2: 1 } });
  // A registered company with every field, named on the estate by one of its short names.
  await createCompany(db, {
    name: '万科物业服务有限公司（成都）', aliases: '万科物业、万科', creditCode: '91350100M000100Y43', qualification: '一级', legalRepresentative: '朱保全',
    contact: '李经理', phone: '02887654321', address: '高新区天府大道（北段）', notes: '2019 年进驻', listing: 'red',
  });
  const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园（东区）', estateClass: '一类', mode: '市场化', company: '万科物业', address: '桂花路12号（东门）' });
  const other = await createEstate(db, { communityId: community.id, name: '机关宿舍', estateClass: '二类' });
  await createPreparatoryGroup(db, { estateId: other.id, formedOn: '2023-03-01', members: '王芳、李强', communityRepresentative: '赵丽', notes: '首次筹备；\n待定' });
  await createAssemblyMeeting(db, { estateId: estate.id, kind: 'first', heldOn: '2022-06-01', convenedBy: '筹备组', attendingOwners: 120, ownerSharePercent: 67.5, areaSharePercent: 70, resolutions: '选举业委会' });
  await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2022-06-01', filedOn: '2022-07-01', filingNumber: '牌备〔2022〕3号' }, rules, [
    { name: '王芳', role: 'chair', phone: '13800138000' },
    { name: '李强', role: 'member' },
  ]);
  const inspection = await createInspection(db, {
    estateId: estate.id, inspectedOn: '2024-05-06', time: '09:30', kind: '考评', inspectors: '张敏、李强', score: 88.5, findings: '东门（北侧）堆物；\n已口头告知',
    categories: { sanitation: { result: 'problem', note: '垃圾未清运', mark: 12 } },
  });
  await createSurvey(db, { estateId: estate.id, surveyedOn: '2024-06-01', surveyed: 100, satisfied: 86, note: '入户（抽样）' }, 0.85);
  await issueNotice(db, { estateId: estate.id, inspectionId: inspection.id, issuedOn: '2024-05-06', responsibleParty: '万科物业', deadline: '2024-05-13', items: [{ category: 'sanitation', text: '清运垃圾' }] }, '〔{year}〕第{n}号');
});
afterEach(() => {
  db.close();
  fresh.close();
});

async function importInto(target: StreetLedgerDb, bytes: Uint8Array) {
  const [communities, estates, terms] = await Promise.all([target.communities.toArray(), target.estates.toArray(), target.committeeTerms.toArray()]);
  const analysis = analyseExchange(await readWorkbook(bytes, '全街道.xlsx'), { stored: storedKeysOf({ ...EMPTY_LEDGER, communities, estates, terms }, { rules }), rules });
  const previewed = await diffExchange(target, analysis, rules);
  return { analysis, previewed, commit: () => commitExchangeImport(target, { analysis, previewed, rules, fileName: '全街道.xlsx', operator: '张敏' }) };
}

/** A table's rows as a person sees them: without ids, stamps and keys, in a stable order. */
async function contents(target: StreetLedgerDb) {
  const strip = (rows: readonly object[]) =>
    rows
      .map((row) => {
        const { id: _id, createdAt: _c, updatedAt: _u, estateId: _e, communityId: _ci, ...rest } = row as Record<string, unknown>;
        const members = Array.isArray(rest.members) ? rest.members.map((m) => (typeof m === 'object' && m !== null ? { ...m, id: undefined } : m)) : rest.members;
        return JSON.stringify({ ...rest, members });
      })
      .sort();
  // An estate's company by its name: the ids differ between databases, the link must not.
  const companyNames = new Map((await target.companies.toArray()).map((c) => [c.id, c.name]));
  return {
    communities: strip(await target.communities.toArray()),
    companies: strip((await target.companies.toArray()).map(({ keptApart: _k, ...c }) => c)),
    estates: strip((await target.estates.toArray()).map(({ companyId, ...e }) => ({ ...e, company: [e.company, companyId === null ? null : companyNames.get(companyId)] }))),
    committeeTerms: strip(await target.committeeTerms.toArray()),
    preparatoryGroups: strip(await target.preparatoryGroups.toArray()),
    assemblyMeetings: strip(await target.assemblyMeetings.toArray()),
    inspections: strip((await target.inspections.toArray()).map(({ photoCount: _p, ...i }) => i)),
    surveys: strip(await target.surveys.toArray()),
  };
}

describe('the full workbook', () => {
  it('holds a sheet for every kind the import reads back, then the history; photos are left to backups', async () => {
    const book = XLSX.read(await fullWorkbookOf(db), { type: 'array' });
    expect(book.SheetNames).toEqual(['社区', '物业服务企业', '小区', '业委会届次', '业委会成员', '检查台账', '筹备组', '业主大会会议', '满意度测评', '整改通知书', '投诉件', '变更记录']);
  });

  it('adds the year’s credit summary to read when asked, after the kinds and before the history', async () => {
    const book = XLSX.read(await fullWorkbookOf(db, 'masked', { rules: DEFAULT_CREDIT_RULES, streetName: '牌楼街道', today: '2024-12-31' }), { type: 'array' });
    expect(book.SheetNames.slice(-2)).toEqual(['信用汇总', '变更记录']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['信用汇总']!, { header: 1 });
    expect(rows[0]).toEqual(['牌楼街道物业服务企业2024年度信用汇总表']);
    // 万科: the 88.5 assessment is between the thresholds; the notice of 13 May is overdue (−5).
    expect(rows[3]?.slice(1, 12)).toEqual(['万科物业服务有限公司（成都）', '91350100M000100Y43', 1, 1, 1, 0, 0, 88.5, -5, 95, 'A']);
  });

  it('imports back into the same street as a no-op: nothing new, nothing changed', async () => {
    const { analysis, previewed, commit } = await importInto(db, await fullWorkbookOf(db, 'masked', { rules: DEFAULT_CREDIT_RULES, streetName: '牌楼街道', today: '2024-12-31' }));
    for (const kind of IMPORT_KINDS) expect(analysis[kind]?.rows.invalid ?? [], kind).toEqual([]);
    const stored = { communities: 1, estates: 2, committeeTerms: 1, committeeMembers: 2, inspections: 1, preparatoryGroups: 1, assemblyMeetings: 1, surveys: 1 };
    for (const [kind, count] of Object.entries(stored)) {
      const diff = previewed[kind as keyof typeof previewed];
      expect([diff?.added.length, diff?.changed.length, diff?.unchanged.length], kind).toEqual([0, 0, count]);
    }
    const before = await contents(db);
    const historyBefore = await db.fieldHistory.count();
    expect(await commit()).toEqual([]);
    expect(await contents(db)).toEqual(before);
    expect(await db.fieldHistory.count()).toBe(historyBefore);
  });

  it('brings every one of those records into an empty database as it was', async () => {
    const { commit } = await importInto(fresh, await fullWorkbookOf(db));
    const batches = await commit();
    expect(batches.map((b) => b.kind)).toEqual(['inventory', 'committees', 'inspections', 'preparation', 'surveys', 'notices']);
    expect(await contents(fresh)).toEqual(await contents(db));
    // Each batch undoes on its own, the last first, down to the empty database it started as.
    for (const batch of [...batches].reverse()) await undoImportBatch(fresh, batch.id);
    expect(Object.values(await contents(fresh)).flat()).toEqual([]);
  });
});
