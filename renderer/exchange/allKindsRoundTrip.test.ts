import '../backup/testing/nodeBlobReading';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseExchange, storedKeysOf } from '../../shared/exchange/exchangeAnalysis';
import { IMPORT_KINDS, allRecordKinds } from '../../shared/exchange/kinds';
import { readWorkbook } from '../../shared/exchange/read';
import type { ExchangeKind, StoredLedger } from '../../shared/exchange/recordKind';
import type { PersonalView } from '../../shared/complaints';
import { contentsOf, photoBlob } from '../backup/testing/seedEveryTable';
import { createAssemblyMeeting, createPreparatoryGroup } from '../committees/committeePreparationRepository';
import { createCommitteeTerm } from '../committees/committeeTermRepository';
import { addCreditEntry, createCompany } from '../companies';
import { createCampaign } from '../campaigns/campaignRepository';
import { campaignFileOf } from '../campaigns/campaignFileRepository';
import { recordPayment, saveFunds } from '../campaigns/fundRepository';
import { createReturn, recordFiling } from '../campaigns/returnRepository';
import { addProgressNote, createTask } from '../campaigns/taskRepository';
import { addAttachment } from '../complaints/attachmentRepository';
import { recordComplaint, takeComplaintStep } from '../complaints/complaintRepository';
import { readLedger } from '../db/importCommit';
import { rememberColumnMapping } from '../db/importBatchRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { createCommunity, createEstate } from '../estates';
import { saveEntryDraft } from '../inspections/inspectionDraftRepository';
import { addPhoto } from '../inspections/inspectionPhotoRepository';
import { createInspection } from '../inspections/inspectionRepository';
import { escalateNoticeRecord, issueNotice, recheckNotice, reportNotice } from '../inspections/noticeRepository';
import { createSurvey } from '../inspections/surveyRepository';
import { commitExchangeImport, diffExchange } from './exchangeImport';
import { fullWorkbookOf } from './fullWorkbookOf';
import { xlsxBytes } from '../../tests/fixtures/exchange/workbooks';

/*
 * The full workbook against every table the app keeps: seeded through the app's own
 * repositories with what a street office types (full-width “，；（）：”, line breaks, masked and
 * shown phones), exported, then (a) imported back into the same ledger — every row unchanged,
 * nothing written — and (b) into an empty ledger — the same records. The test walks the Dexie
 * tables and the registry, so a table or kind added later without workbook support fails it
 * unless it is listed below as kept apart, with the reason.
 */

const rules = { defaultTermYears: 5 };
const NOTICE_PATTERN = '〔{year}〕第{n}号';
const COMPLAINT_PATTERN = '投〔{year}〕{n}号';
const step = { operator: '张敏', extensionMaxDays: 30 };

/** Tables no sheet of the workbook carries, and why. */
const KEPT_APART: Readonly<Record<string, string>> = {
  inspectionPhotos: 'photos are bytes: backups hold them',
  complaintAttachments: 'attached files are bytes: backups hold them',
  campaignFiles: 'attached files are bytes: backups hold them',
  entryDrafts: 'an inspection form left half typed on this computer, not a record',
  importBatches: 'this installation’s undo log: an import of the workbook makes its own batches',
  importBatchEntries: 'the same undo log’s rows',
  columnMappings: 'column corrections remembered for this computer’s file layouts, not records',
  fieldHistory: 'a sheet to read (变更记录): the app keeps its own, and an import appends entries naming its batch',
  noticeCounters: 'follows from the notices’ numbers: checked below to end at or above every imported serial',
  complaintCounters: 'follows from the complaints’ numbers: checked below likewise',
};

/**
 * Fields of a carried table that the workbook does not carry, and why. Ids and write stamps are
 * the installation's own everywhere: records are compared with each id replaced by the record
 * it names (by that record's identity in the workbook).
 */
const NOT_CARRIED: Readonly<Record<string, readonly string[]>> = {
  inspections: ['photoCount'], // photos are in backups only
  complaints: ['attachmentCount', 'inspectionIds'], // files in backups; the inspections made "据此检查" are linked in the app only
  campaigns: ['inspectionIds'], // inspections tied to a campaign are linked in the app only
  campaignTasks: ['notes.attachments'], // a note's files are in backups only
  campaignFilings: ['file'], // a filing's scanned file is in backups only
  companies: ['keptApart'], // the register's "not the same company" decisions are made on this computer
};
const STAMPS = ['id', 'createdAt', 'updatedAt'];

let db: StreetLedgerDb;
let fresh: StreetLedgerDb;

async function seed(target: StreetLedgerDb): Promise<void> {
  const xinhua = await createCommunity(target, { name: '新华社区', planned: { total: 3, class1: 1, class2: 1, class3: 1 } });
  const company = await createCompany(target, {
    name: '万科物业服务有限公司（成都）', aliases: '万科物业、万科', creditCode: '91350100M000100Y43', qualification: '一级', legalRepresentative: '朱保全',
    contact: '李经理', phone: '02887654321', address: '高新区天府大道（北段）', notes: '2019 年进驻；\n服务“良好”', listing: 'red',
  });
  await addCreditEntry(target, { companyId: company.id, kind: 'commendation', on: '2024-03-01', points: 5, evidence: '区住建局通报表扬（2024）第3号：服务规范' });
  const estate = await createEstate(target, { communityId: xinhua.id, name: '锦绣花园（东区）', estateClass: '一类', mode: '市场化', company: '万科物业', address: '桂花路12号（东门）' });
  const other = await createEstate(target, { communityId: xinhua.id, name: '机关宿舍', estateClass: '二类', address: '人民路1号，后院' });
  await createPreparatoryGroup(target, { estateId: other.id, formedOn: '2023-03-01', members: '王芳、李强', communityRepresentative: '赵丽', notes: '首次筹备；\n待定（二期）' });
  await createAssemblyMeeting(target, { estateId: estate.id, kind: 'first', heldOn: '2022-06-01', convenedBy: '筹备组', attendingOwners: 120, ownerSharePercent: 67.5, areaSharePercent: 70, resolutions: '选举业委会：通过' });
  await createCommitteeTerm(target, { estateId: estate.id, termNumber: 1, electedOn: '2022-06-01', filedOn: '2022-07-01', filingNumber: '牌备〔2022〕3号' }, rules, [
    { name: '王芳', role: 'chair', phone: '13800138000' },
    { name: '李强', role: 'member' },
  ]);
  const inspection = await createInspection(target, {
    estateId: estate.id, inspectedOn: '2024-05-06', time: '09:30', kind: '考评', inspectors: '张敏、李强', score: 88.5, findings: '东门（北侧）堆物；\n已口头告知：限期清理',
    categories: { sanitation: { result: 'problem', note: '垃圾未清运，楼道堆物', mark: 12 }, security: { result: 'problem', note: '消防通道（北）被占', mark: null } },
  });
  await addPhoto(target, inspection.id, { name: '东门.jpg', type: 'image/jpeg', width: 40, height: 30, blob: photoBlob(1), thumbnail: photoBlob(2, 500) });
  await createSurvey(target, { estateId: estate.id, surveyedOn: '2024-06-01', surveyed: 100, satisfied: 86, note: '入户（抽样）；电话回访' }, 0.85);
  // A notice through its whole course, another issued on its own and still open.
  const notice = await issueNotice(target, {
    estateId: estate.id, inspectionId: inspection.id, issuedOn: '2024-05-06', responsibleParty: '万科物业', deadline: '2024-05-13',
    items: [{ category: 'sanitation', text: '清运垃圾，清理楼道：\n3 栋、5 栋' }, { category: 'security', text: '腾出消防通道（北）' }],
  }, NOTICE_PATTERN);
  await reportNotice(target, notice.id, { reportedOn: '2024-05-12', note: '已清运；已腾出（附照片）' });
  await recheckNotice(target, notice.id, { recheckedOn: '2024-05-14', passed: false, note: '5 栋仍有堆物', newDeadline: '2024-05-20' });
  await escalateNoticeRecord(target, notice.id, { escalatedOn: '2024-05-15', escalation: 'talk', note: '约谈项目经理：限期整改' });
  await reportNotice(target, notice.id, { reportedOn: '2024-05-19', note: '全部清理' });
  await recheckNotice(target, notice.id, { recheckedOn: '2024-05-20', passed: true, note: '合格' });
  await issueNotice(target, { estateId: other.id, inspectionId: null, issuedOn: '2024-06-02', responsibleParty: '机关事务中心', deadline: '2024-06-09', items: [{ category: 'other', text: '修补围墙（西侧）' }] }, NOTICE_PATTERN);
  await saveEntryDraft(target, 'inspection-entry', { estateId: estate.id, findings: '未保存的草稿：东门' });

  const complaint = await recordComplaint(target, {
    receivedOn: '2024-03-01', receivedAt: '09:30', channel: 'phone', complainantName: '王小明', complainantPhone: '13800000001', complainantAddress: '锦绣花园3栋（东门）',
    estateId: estate.id, category: 'sanitation', content: '3栋垃圾未清运，联系电话13800000001；楼道堆物',
  }, { pattern: COMPLAINT_PATTERN });
  await takeComplaintStep(target, complaint.id, 'accepted', { on: '2024-03-01', note: '属实（初判）' }, step);
  await takeComplaintStep(target, complaint.id, 'assigned', { on: '2024-03-02', communityId: xinhua.id, assignee: '李强' }, step);
  await takeComplaintStep(target, complaint.id, 'mediated', { on: '2024-03-03', parties: '物业、业主（王小明）', agreed: '三日内清运；每周巡查' }, step);
  await takeComplaintStep(target, complaint.id, 'extended', { on: '2024-03-04', days: 10, reason: '需协调环卫：车辆' }, step);
  await takeComplaintStep(target, complaint.id, 'replied', { on: '2024-03-05', reply: '已清运，回电13800000001' }, step);
  await takeComplaintStep(target, complaint.id, 'visited', { on: '2024-03-06', satisfaction: 'unsatisfied', note: '仍有异味' }, step);
  await takeComplaintStep(target, complaint.id, 'reopened', { on: '2024-03-06', reason: '回访不满意：异味' }, step);
  await addAttachment(target, complaint.id, { name: '录音.mp3', type: 'audio/mpeg', blob: photoBlob(3) });
  const rejected = await recordComplaint(target, {
    receivedOn: '2024-04-01', channel: 'hotline', workOrderNumber: 'GD202404010001', hotlineDeadline: '2024-04-08', complainantName: '李四', complainantPhone: '13900000002',
    category: 'other', content: '街面占道（非物业）', against: 'other', againstName: '流动摊贩',
  }, { pattern: COMPLAINT_PATTERN });
  await takeComplaintStep(target, rejected.id, 'rejected', { on: '2024-04-02', reason: '不属物业管理范围：转城管' }, step);

  const campaign = await createCampaign(target, {
    name: '物业管理规范提升专项行动', year: 2024, sourceRef: '牌建〔2024〕8号', goalText: '规范市场秩序；\n提升服务（全覆盖）', estateIds: [estate.id, other.id],
    phases: [{ name: '动员部署', startsOn: '2024-08-01', endsOn: '2024-08-10' }], goals: [{ measure: 'tasksDone', targetPercent: 90 }], finalPaymentNeedsAcceptance: true,
  });
  const task = await createTask(target, { campaignId: campaign.id, title: '制订整改提升方案', phase: '动员部署', dueOn: '2024-08-20', leadDepartment: '街道城管办', responsibleDepartments: '各物业服务企业、社区', startedOn: '2024-08-02' });
  await addProgressNote(target, task.id, { on: '2024-08-05', text: '已布置：各社区（含新华）' }, [campaignFileOf(new File([photoBlob(4)], '会议纪要.pdf', { type: 'application/pdf' }), 1)]);
  await addProgressNote(target, task.id, { on: '2024-08-09', text: '方案初稿；\n待审' });
  const form = await createReturn(target, { campaignId: campaign.id, title: '自查检查表', dueOn: '2024-09-05', partyKind: 'company', inspectionKinds: ['selfInspection'] });
  await recordFiling(target, form.id, { kind: 'company', name: '万科物业' }, { receivedOn: '2024-09-01', note: '纸质（盖章）' }, campaignFileOf(new File([photoBlob(5)], '自查表.pdf', { type: 'application/pdf' }), 2));
  await saveFunds(target, { campaignId: campaign.id, planned: '10万', shares: [{ source: 'district', amount: '5万', upfront: '2万' }, { source: 'street', amount: '5万', upfront: '2万' }] }, [estate.id]);
  await recordPayment(target, { campaignId: campaign.id, estateId: estate.id, source: 'district', stage: 'upfront', paidOn: '2024-09-01', amount: '20000.05', note: '首笔（预拨）' });
  await rememberColumnMapping(target, 'estates', '小区名称|类别', { name: 0, estateClass: 1 });
  // A community's return imported the usual way: an import batch to undo it by.
  const { commit } = await importInto(target, xlsxBytes({ sheets: [{ name: '小区', rows: [['所属社区', '小区名称', '小区类别', '地址'], ['新华社区', '阳光小区（二期）', '三类', '东风路3号，北门']] }] }));
  await commit();
}

/** The whole stored ledger, as the analysis and the diff read it. */
function ledgerOf(target: StreetLedgerDb): Promise<StoredLedger> {
  return readLedger(target, IMPORT_KINDS);
}

async function importInto(target: StreetLedgerDb, bytes: Uint8Array) {
  const ledger = await ledgerOf(target);
  const analysis = analyseExchange(await readWorkbook(bytes, '全街道.xlsx'), { stored: storedKeysOf(ledger, { rules }), rules });
  const previewed = await diffExchange(target, analysis, rules);
  const commit = () =>
    commitExchangeImport(target, { analysis, previewed, rules, fileName: '全街道.xlsx', operator: '张敏', complaintNumberPattern: COMPLAINT_PATTERN });
  return { analysis, previewed, commit };
}

/** The tables the workbook's kinds write. */
function carriedTables(): Set<string> {
  return new Set(allRecordKinds().flatMap((kind) => (kind.store ? [kind.store.table] : [])));
}

/** Each stored record's id → the record it is, by its kind and identity in the workbook. */
async function labels(target: StreetLedgerDb): Promise<Map<string, string>> {
  const ledger = await ledgerOf(target);
  const out = new Map<string, string>();
  for (const kind of allRecordKinds()) {
    const store = kind.store;
    if (!store) continue;
    const mapping = kind.mapping({ rules });
    for (const record of store.existing(ledger) as { id: string; value: never }[]) out.set(record.id, `${kind.key}:${mapping.identity(record.value).key}`);
  }
  // A committee member's id is the term's own business: members are carried by name and role.
  return out;
}

function without(row: unknown, path: readonly string[]): unknown {
  if (Array.isArray(row)) return row.map((item) => without(item, path));
  if (row === null || typeof row !== 'object') return row;
  const [head, ...rest] = path;
  const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  if (head === undefined) return copy;
  if (rest.length === 0) delete copy[head];
  else if (head in copy) copy[head] = without(copy[head], rest);
  return copy;
}

function named(value: unknown, label: Map<string, string>): unknown {
  if (typeof value === 'string') return label.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => named(v, label));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, named(v, label)]));
}

/** Every carried table as the workbook carries it: ids as the records they name, the listed fields left out. */
async function carried(target: StreetLedgerDb): Promise<Record<string, string[]>> {
  const label = await labels(target);
  const out: Record<string, string[]> = {};
  for (const table of [...carriedTables()].sort()) {
    const rows = await target.table(table).toArray();
    out[table] = rows
      .map((row: unknown) => {
        let kept = row;
        for (const field of [...STAMPS, ...(NOT_CARRIED[table] ?? [])]) kept = without(kept, field.split('.'));
        // Committee members carry an id of their own inside the term.
        if (table === 'committeeTerms') kept = without(kept, ['members', 'id']);
        return JSON.stringify(named(kept, label));
      })
      .sort();
  }
  return out;
}

beforeEach(async () => {
  db = await openTestDb('street');
  fresh = await openTestDb('fresh');
  await seed(db);
});
afterEach(() => {
  db.close();
  fresh.close();
});

describe('the full workbook carries every record kind the app keeps', () => {
  it('covers every table: each is written by a kind of the registry or kept apart for a stated reason, and the seed fills them all', async () => {
    const tables = db.tables.map((t) => t.name).sort();
    const written = carriedTables();
    for (const table of tables) {
      expect(written.has(table) !== (table in KEPT_APART), `${table}: carried by a kind, or kept apart with a reason — exactly one`).toBe(true);
      expect(await db.table(table).count(), `${table} is seeded`).toBeGreaterThan(0);
    }
    expect(Object.keys(KEPT_APART).filter((t) => !tables.includes(t)), 'kept-apart tables that exist').toEqual([]);
    // Every kind the app stores has its sheet in the workbook.
    for (const kind of allRecordKinds()) if (kind.store) expect(kind.exportSheet, kind.key).toBeDefined();
  });

  it('imports back into the same ledger as a no-op: every row unchanged, nothing written', async () => {
    for (const view of ['masked', 'shown'] satisfies PersonalView[]) {
      const ledger = await ledgerOf(db);
      const { analysis, previewed, commit } = await importInto(db, await fullWorkbookOf(db, view));
      for (const kind of allRecordKinds()) {
        if (!kind.store) continue;
        const stored = kind.store.existing(ledger).length;
        expect(stored, `${kind.key} has records to round-trip`).toBeGreaterThan(0);
        expect(analysis[kind.key]?.rows.invalid ?? [], `${kind.key} (${view})`).toEqual([]);
        const diff = previewed[kind.key as ExchangeKind];
        expect([diff?.added.length, diff?.changed.length, diff?.unchanged.length], `${kind.key} (${view})`).toEqual([0, 0, stored]);
      }
      const before = await contentsOf(db);
      expect(await commit()).toEqual([]);
      expect(await contentsOf(db)).toEqual(before);
    }
  });

  it('brings the same records into an empty ledger, numbers and courses included, and the counters stay above them', async () => {
    const { analysis, commit } = await importInto(fresh, await fullWorkbookOf(db, 'shown'));
    for (const kind of IMPORT_KINDS) expect(analysis[kind]?.rows.invalid ?? [], kind).toEqual([]);
    await commit();
    const source = await carried(db);
    for (const table of carriedTables()) expect(source[table]?.length, `${table} has records to compare`).toBeGreaterThan(0);
    expect(await carried(fresh)).toEqual(source);
    // Numbers are the ones issued, never new ones; the counters go on after them.
    const numbers = async (target: StreetLedgerDb) => (await target.notices.toArray()).map((n) => [n.number, n.year, n.serial]).sort();
    expect(await numbers(fresh)).toEqual(await numbers(db));
    expect(await fresh.noticeCounters.get(2024)).toEqual({ year: 2024, last: 2 });
    expect((await issueNotice(fresh, { estateId: (await fresh.estates.toArray())[0]!.id, inspectionId: null, issuedOn: '2024-07-01', responsibleParty: '万科物业', deadline: '2024-07-08', items: [{ category: 'other', text: '复查' }] }, NOTICE_PATTERN)).number).toBe('〔2024〕第3号');
    expect(await fresh.complaintCounters.get(2024)).toEqual({ year: 2024, last: 2 });
  });
});
