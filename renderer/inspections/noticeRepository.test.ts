import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Estate } from '../../shared/estates/estate';
import type { NoticeDraft } from '../../shared/inspections/validateNotice';
import { DEFAULT_SETTINGS } from '../../shared/settings/settings';
import { createCommunity } from '../estates/communityRepository';
import { createEstate } from '../estates/estateRepository';
import { createInspection } from './inspectionRepository';
import { openTestDb } from '../db/testing/testDb';
import {
  countOverdueNotices,
  deleteNotice,
  escalateNoticeRecord,
  getNotice,
  issueNotice,
  listNoticesOfEstate,
  listOverdueNotices,
  queryNotices,
  recheckNotice,
  reportNotice,
} from './noticeRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';

const PATTERN = DEFAULT_SETTINGS.noticeNumberPattern;

let db: StreetLedgerDb;
let wanke: Estate;
let jinxiu: Estate;
beforeEach(async () => {
  db = await openTestDb();
  const taiping = await createCommunity(db, { name: '太平社区' });
  wanke = await createEstate(db, { communityId: taiping.id, name: '万科a区', company: '万科物业' });
  jinxiu = await createEstate(db, { communityId: taiping.id, name: '锦绣花园' });
});
afterEach(() => db.close());

const draft = (overrides: NoticeDraft = {}): NoticeDraft => ({
  estateId: wanke.id,
  issuedOn: '2024-03-15',
  responsibleParty: '万科物业',
  items: [{ category: 'sanitation', text: '3 栋垃圾未清运' }],
  deadline: '2024-03-22',
  ...overrides,
});

describe('numbering', () => {
  it('numbers notices 1, 2, 3 within a year from the settings pattern, starting again each year', async () => {
    const numbers: string[] = [];
    for (const issuedOn of ['2024-03-15', '2024-05-01', '2025-01-02', '2024-12-31']) {
      numbers.push((await issueNotice(db, draft({ issuedOn, deadline: issuedOn }), PATTERN)).number);
    }
    expect(numbers).toEqual(['〔2024〕第1号', '〔2024〕第2号', '〔2025〕第1号', '〔2024〕第3号']);
  });

  it('never issues a deleted notice’s number again', async () => {
    const first = await issueNotice(db, draft(), PATTERN);
    const second = await issueNotice(db, draft(), PATTERN);
    await deleteNotice(db, second.id);
    await deleteNotice(db, first.id);
    expect((await issueNotice(db, draft(), PATTERN)).number).toBe('〔2024〕第3号');
  });

  it('gives every notice its own number when several are saved at once', async () => {
    const issued = await Promise.all(Array.from({ length: 12 }, (_, i) => issueNotice(db, draft({ estateId: i % 2 ? wanke.id : jinxiu.id }), PATTERN)));
    expect(issued.map((n) => n.serial).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect((await db.noticeCounters.get(2024))?.last).toBe(12);
  });

  it('numbers after a notice stored without the counter, and the unique index refuses a clash', async () => {
    const stray = await issueNotice(db, draft(), PATTERN);
    await db.notices.put({ ...stray, id: 'imported', serial: 7, number: '〔2024〕第7号' });
    expect((await issueNotice(db, draft(), PATTERN)).serial).toBe(8);
    await expect(db.notices.add({ ...stray, id: 'clash' })).rejects.toMatchObject({ name: 'ConstraintError' });
  });

  it('follows a changed pattern for new notices and keeps the old numbers as printed', async () => {
    const old = await issueNotice(db, draft(), PATTERN);
    const next = await issueNotice(db, draft(), '太平街整改〔{year}〕{n}号');
    expect(next.number).toBe('太平街整改〔2024〕2号');
    expect((await getNotice(db, old.id))?.number).toBe('〔2024〕第1号');
  });
});

describe('issueNotice', () => {
  it('stores a pending notice with its deadline as the first and current one', async () => {
    const inspection = await createInspection(db, { estateId: wanke.id, inspectedOn: '2024-03-15', kind: '抽查', inspectors: '张敏' });
    const notice = await issueNotice(db, draft({ inspectionId: inspection.id }), PATTERN);
    expect(notice).toMatchObject({ status: 'pending', deadline: '2024-03-22', originalDeadline: '2024-03-22', events: [], closedOn: null, year: 2024, serial: 1, inspectionId: inspection.id });
  });

  it('refuses an unknown estate, or an inspection of another estate, numbering nothing', async () => {
    expect((await refusal(issueNotice(db, draft({ estateId: 'gone' }), PATTERN))).map((p) => p.code)).toEqual(['unknownEstate']);
    const inspection = await createInspection(db, { estateId: jinxiu.id, inspectedOn: '2024-03-15', kind: '抽查', inspectors: '张敏' });
    expect((await refusal(issueNotice(db, draft({ inspectionId: inspection.id }), PATTERN))).map((p) => `${p.field}:${p.code}`)).toEqual(['inspection:notFound']);
    expect(await db.noticeCounters.count()).toBe(0);
    expect((await issueNotice(db, draft(), PATTERN)).serial).toBe(1);
  });

  it('refuses bad fields in Chinese terms', async () => {
    expect((await refusal(issueNotice(db, draft({ deadline: '2024-03-01', items: [] }), PATTERN))).map((p) => `${p.field}:${p.code}`)).toEqual(['items:noItems', 'deadline:dateTooEarly']);
  });
});

describe('the status steps, stored', () => {
  it('reports, fails a re-check with a new deadline, then closes', async () => {
    const notice = await issueNotice(db, draft(), PATTERN);
    await reportNotice(db, notice.id, { reportedOn: '2024-03-20', note: '已清运' });
    const reopened = await recheckNotice(db, notice.id, { recheckedOn: '2024-03-23', passed: false, newDeadline: '2024-03-30' });
    expect(reopened).toMatchObject({ status: 'reopened', deadline: '2024-03-30', originalDeadline: '2024-03-22' });
    await escalateNoticeRecord(db, notice.id, { escalatedOn: '2024-03-24', escalation: '约谈' });
    const closed = await recheckNotice(db, notice.id, { recheckedOn: '2024-03-29', passed: true });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2024-03-29' });
    expect((await getNotice(db, notice.id))?.events.map((e) => e.type)).toEqual(['reported', 'rechecked', 'escalated', 'rechecked']);
    expect((await refusal(reportNotice(db, notice.id, { reportedOn: '2024-04-01' }))).map((p) => p.code)).toEqual(['noticeClosed']);
  });

  it('refuses a step on a notice that is gone', async () => {
    expect((await refusal(reportNotice(db, 'gone', { reportedOn: '2024-04-01' }))).map((p) => `${p.field}:${p.code}`)).toEqual(['notice:notFound']);
  });
});

describe('overdue notices', () => {
  it('lists and counts open notices past their deadline in force, from the index', async () => {
    const due22 = await issueNotice(db, draft({ deadline: '2024-03-22' }), PATTERN);
    const due25 = await issueNotice(db, draft({ deadline: '2024-03-25', estateId: jinxiu.id }), PATTERN);
    const closed = await issueNotice(db, draft({ deadline: '2024-03-20' }), PATTERN);
    await recheckNotice(db, closed.id, { recheckedOn: '2024-03-19', passed: true });
    const reported = await issueNotice(db, draft({ deadline: '2024-03-21' }), PATTERN);
    await reportNotice(db, reported.id, { reportedOn: '2024-03-20' });
    const reopened = await issueNotice(db, draft({ deadline: '2024-03-18' }), PATTERN);
    await recheckNotice(db, reopened.id, { recheckedOn: '2024-03-19', passed: false, newDeadline: '2024-04-30' });

    expect(await countOverdueNotices(db, '2024-03-22')).toBe(1);
    expect((await listOverdueNotices(db, '2024-03-22')).map((n) => n.id)).toEqual([reported.id]);
    expect((await listOverdueNotices(db, '2024-03-26')).map((n) => n.id)).toEqual([reported.id, due22.id, due25.id]);
    expect(await countOverdueNotices(db, '2024-05-01')).toBe(4);
  });
});

describe('reading notices', () => {
  it('lists an estate’s notices newest first and queries by estates and issue dates', async () => {
    const a = await issueNotice(db, draft({ issuedOn: '2024-03-15' }), PATTERN);
    const b = await issueNotice(db, draft({ issuedOn: '2024-04-15', deadline: '2024-04-20' }), PATTERN);
    const c = await issueNotice(db, draft({ estateId: jinxiu.id, issuedOn: '2024-04-01', deadline: '2024-04-20' }), PATTERN);
    expect((await listNoticesOfEstate(db, wanke.id)).map((n) => n.id)).toEqual([b.id, a.id]);
    const ids = async (query: Parameters<typeof queryNotices>[1]) => (await queryNotices(db, query)).map((n) => n.id).sort();
    expect(await ids({ from: '2024-04-01', to: '', estateIds: null, dateField: 'issuedOn' })).toEqual([b.id, c.id].sort());
    expect(await ids({ from: '', to: '2024-04-01', estateIds: [wanke.id], dateField: 'issuedOn' })).toEqual([a.id]);
    // By the deadline in force (every status's range of [status+deadline]), and by the day closed.
    expect(await ids({ from: '2024-04-20', to: '2024-04-20', estateIds: null, dateField: 'deadline' })).toEqual([b.id, c.id].sort());
    expect(await ids({ from: '2024-04-20', to: '2024-04-20', estateIds: [jinxiu.id], dateField: 'deadline' })).toEqual([c.id]);
    expect(await ids({ from: '2024-01-01', to: '', estateIds: null, dateField: 'closedOn' })).toEqual([]);
  });
});
