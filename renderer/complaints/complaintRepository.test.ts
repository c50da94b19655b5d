import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_RULES, filterComplaints, NO_COMPLAINT_FILTER } from '../../shared/complaints';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { refusal } from '../db/testing/expectRefused';
import { createCommunity, createEstate } from '../estates';
import { setOperator } from '../history';
import { historyOfRecord } from '../history/historyRepository';
import { addAttachment, listAttachments } from './attachmentRepository';
import { complaintsOfInspection, deleteComplaint, inspectComplaint, queryComplaints, recordComplaint, takeComplaintStep, updateComplaint } from './complaintRepository';

const PATTERN = '投〔{year}〕{n}号';
const step = { operator: '张敏', extensionMaxDays: 30 };
let db: StreetLedgerDb;
let estateId = '';
let communityId = '';
let otherCommunityId = '';

beforeEach(async () => {
  db = await openTestDb();
  setOperator(db, '张敏');
  communityId = (await createCommunity(db, { name: '太平社区' })).id;
  otherCommunityId = (await createCommunity(db, { name: '万安社区' })).id;
  estateId = (await createEstate(db, { communityId, name: '万科a区', company: '万科物业' })).id;
});
afterEach(() => db.close());

const call = (overrides: Record<string, unknown> = {}) => ({ receivedOn: '2024-03-01', receivedAt: '09:30', channel: 'phone', complainantName: '王小明', complainantPhone: '13800000001', estateId, category: 'sanitation', content: '3栋垃圾未清运', ...overrides });

describe('recording complaints', () => {
  it('numbers them per year of receipt from the pattern, never reusing a deleted one’s number', async () => {
    const first = await recordComplaint(db, call(), { pattern: PATTERN });
    const second = await recordComplaint(db, call(), { pattern: PATTERN });
    await deleteComplaint(db, second.id);
    const third = await recordComplaint(db, call(), { pattern: PATTERN });
    const nextYear = await recordComplaint(db, call({ receivedOn: '2025-01-02' }), { pattern: PATTERN });
    expect([first.number, second.number, third.number, nextYear.number]).toEqual(['投〔2024〕1号', '投〔2024〕2号', '投〔2024〕3号', '投〔2025〕1号']);
  });

  it('gives two complaints saved at once two numbers', async () => {
    const both = await Promise.all([recordComplaint(db, call(), { pattern: PATTERN }), recordComplaint(db, call(), { pattern: PATTERN })]);
    expect(both.map((c) => c.serial).sort()).toEqual([1, 2]);
  });

  it('takes the estate’s community and, against the company, its property company; a complaint may name no estate', async () => {
    const about = await recordComplaint(db, call(), { pattern: PATTERN });
    expect([about.communityId, about.against, about.againstName]).toEqual([communityId, 'company', '万科物业']);
    const street = await recordComplaint(db, call({ estateId: null, communityId: otherCommunityId, against: 'other', againstName: '街道环卫所' }), { pattern: PATTERN });
    expect([street.estateId, street.communityId, street.againstName]).toEqual([null, otherCommunityId, '街道环卫所']);
    expect(await refusal(recordComplaint(db, call({ channel: 'hotline' }), { pattern: PATTERN }))).toEqual([{ field: 'workOrderNumber', code: 'required' }]);
    const corrected = await updateComplaint(db, about.id, call({ content: '3栋、5栋垃圾未清运' }));
    expect([corrected.content, corrected.number]).toEqual(['3栋、5栋垃圾未清运', about.number]);
  });
});

describe('against the registered company', () => {
  it('links a complaint against the estate’s company to its record, and the ledger filters by it', async () => {
    await db.estates.update(estateId, { companyId: 'co-vanke' });
    const byDefault = await recordComplaint(db, call(), { pattern: PATTERN });
    const other = await recordComplaint(db, call({ against: 'other', againstName: '街道环卫所' }), { pattern: PATTERN });
    expect([byDefault.againstCompanyId, byDefault.againstName, other.againstCompanyId]).toEqual(['co-vanke', '万科物业', null]);
    const shown = filterComplaints(await db.complaints.toArray(), { ...NO_COMPLAINT_FILTER, companyIds: ['co-vanke'] }, '2024-03-02', DEFAULT_COMPLAINT_RULES);
    expect(shown.map((c) => c.id)).toEqual([byDefault.id]);
  });
});

describe('the course, stored', () => {
  it('keeps each step with who and when, and the field history logs every change of status', async () => {
    const c = await recordComplaint(db, call(), { pattern: PATTERN });
    await takeComplaintStep(db, c.id, 'accepted', { on: '2024-03-02' }, step);
    await takeComplaintStep(db, c.id, 'assigned', { on: '2024-03-02', communityId, assignee: '李强' }, step);
    const replied = await takeComplaintStep(db, c.id, 'replied', { on: '2024-03-05', reply: '已清运' }, step);
    expect(replied.events.map((e) => [e.type, e.by])).toEqual([['accepted', '张敏'], ['assigned', '张敏'], ['replied', '张敏']]);
    const statuses = (await historyOfRecord(db, 'complaint', c.id)).reverse().filter((h) => h.field === 'status').map((h) => [h.before, h.after, h.operator]);
    // The history reads newest first; oldest first here, as the steps were taken.
    expect(statuses).toEqual([['received', 'accepted', '张敏'], ['accepted', 'handling', '张敏'], ['handling', 'replied', '张敏']]);
    expect(await refusal(takeComplaintStep(db, c.id, 'accepted', { on: '2024-03-06' }, step))).toEqual([{ field: 'status', code: 'complaintStepNotAllowed', params: { step: 'accepted', status: 'replied' } }]);
  });

  it('"inspect this" makes an inspection of the estate prefilled from the complaint and links it', async () => {
    const c = await recordComplaint(db, call(), { pattern: PATTERN });
    const inspection = await inspectComplaint(db, c.id, { on: '2024-03-03', time: '10:00', inspectors: ['张敏'] }, (n) => `依据投诉件 ${n}`);
    expect([inspection.estateId, inspection.categories.sanitation.result, inspection.categories.sanitation.note, inspection.findings]).toEqual([estateId, 'problem', '3栋垃圾未清运', '依据投诉件 投〔2024〕1号']);
    expect((await complaintsOfInspection(db, inspection.id)).map((x) => x.id)).toEqual([c.id]);
    const nowhere = await recordComplaint(db, call({ estateId: null, communityId }), { pattern: PATTERN });
    expect(await refusal(inspectComplaint(db, nowhere.id, { on: '2024-03-03', time: '', inspectors: ['张敏'] }, String))).toEqual([{ field: 'estateId', code: 'required' }]);
  });

  it('keeps attachments apart and counts them on the complaint', async () => {
    const c = await recordComplaint(db, call(), { pattern: PATTERN });
    await addAttachment(db, c.id, { name: '来信.jpg', type: 'image/jpeg', blob: new Blob([new Uint8Array([1, 2, 3])]) });
    expect((await listAttachments(db, c.id)).map((a) => a.name)).toEqual(['来信.jpg']);
    expect((await db.complaints.get(c.id))?.attachmentCount).toBe(1);
  });
});

describe('the ledger’s query', () => {
  it('reads one community’s complaints of some statuses through the index, and every facet alone', async () => {
    const a = await recordComplaint(db, call(), { pattern: PATTERN });
    await recordComplaint(db, call(), { pattern: PATTERN });
    await recordComplaint(db, call({ estateId: null, communityId: otherCommunityId }), { pattern: PATTERN });
    await takeComplaintStep(db, a.id, 'accepted', { on: '2024-03-02' }, step);
    const ids = async (q: Partial<Parameters<typeof queryComplaints>[1]>) => (await queryComplaints(db, { communityIds: [], statuses: [], from: '', to: '', ...q })).length;
    expect(await ids({ communityIds: [communityId], statuses: ['accepted'] })).toBe(1);
    expect(await ids({ communityIds: [communityId] })).toBe(2);
    expect(await ids({ statuses: ['received'] })).toBe(2);
    expect(await ids({})).toBe(3);
  });
});
