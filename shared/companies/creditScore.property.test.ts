import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Estate } from '../estates';
import type { NoticeEvent, RectificationNotice } from '../inspections';
import type { Company } from './company';
import { companyKey } from './companyNames';
import { creditEvents, type CreditEntry, type CreditLedger } from './creditEvents';
import { DEFAULT_CREDIT_RULES, gradeOf, type CreditRules } from './creditRules';
import { creditYear } from './creditScore';

const YEAR = 2024;
const TODAY = '2024-12-31';

function company(id: string, name: string): Company {
  return {
    id, name, nameKey: companyKey(name), aliases: [], aliasKeys: [], keptApart: [], creditCode: '', qualification: '', legalRepresentative: '',
    contact: '', phone: '', address: '', notes: '', listing: 'none', createdAt: 1, updatedAt: 1,
  };
}

function estate(id: string, companyId: string): Estate {
  return {
    id, communityId: 'c', name: `小区${id}`, aliases: [], nameKey: id, estateClass: 1, mode: 'market', company: '', companyId, buildings: null, households: null,
    floorArea: null, address: '', pilot: false, notes: '', createdAt: 1, updatedAt: 1,
  };
}

const day = fc.integer({ min: 1, max: 300 }).map((n) => new Date(Date.UTC(YEAR, 0, n)).toISOString().slice(0, 10));
const noticeEvent: fc.Arbitrary<NoticeEvent> = fc.oneof(
  fc.record({ type: fc.constant('rechecked' as const), on: day, passed: fc.boolean(), note: fc.constant(''), newDeadline: fc.constant(null) }),
  fc.record({ type: fc.constant('escalated' as const), on: day, escalation: fc.constantFrom('talk' as const, 'circular' as const, 'publicity' as const, 'creditFile' as const), note: fc.constant('') }),
);

/** A notice to one of the estates, maybe overdue, maybe closed, with re-checks and escalations. */
const notice = (n: number) =>
  fc.record({ estate: fc.constantFrom('e1', 'e2', 'e3'), deadline: day, closed: fc.boolean(), events: fc.array(noticeEvent, { maxLength: 4 }) }).map(
    ({ estate: estateId, deadline, closed, events }): RectificationNotice => ({
      id: `n${n}`, estateId, inspectionId: null, issuedOn: `${YEAR}-01-01`, responsibleParty: '', items: [], deadline, originalDeadline: deadline, events,
      status: closed ? 'closed' : 'pending', closedOn: closed ? deadline : null, year: YEAR, serial: n, number: `〔${YEAR}〕第${n}号`, createdAt: 1, updatedAt: 1,
    }),
  );

const entry = (n: number) =>
  fc.record({ companyId: fc.constantFrom('a', 'b'), kind: fc.constantFrom('commendation' as const, 'modelProject' as const, 'penalty' as const), on: day, points: fc.integer({ min: -30, max: 30 }) })
    .map((fields): CreditEntry => ({ ...fields, id: `h${n}`, evidence: '文号', createdAt: 1, updatedAt: 1 }));

const ledger: fc.Arbitrary<CreditLedger> = fc
  .tuple(fc.array(fc.nat(), { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 6 }))
  .chain(([notices, entries]) => fc.tuple(fc.tuple(...notices.map((_, i) => notice(i))), fc.tuple(...entries.map((_, i) => entry(i)))))
  .map(([notices, entries]) => ({
    companies: [company('a', '锦江物业'), company('b', '万科物业')],
    estates: [estate('e1', 'a'), estate('e2', 'a'), estate('e3', 'b')],
    notices, inspections: [], surveys: [], entries,
  }));

const rules: fc.Arbitrary<CreditRules> = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: -20, max: 0 }))
  .map(([a, b, c, overdue]) => {
    const [C, B, A] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return { ...DEFAULT_CREDIT_RULES, points: { ...DEFAULT_CREDIT_RULES.points, noticeOverdue: overdue }, bands: { A, B, C } };
  });

describe('the credit file, for any records and any settings', () => {
  it('scores a year as the start plus the points of its events, and grades it by the bands', () => {
    fc.assert(
      fc.property(ledger, rules, (records, r) => {
        const events = creditEvents(records, { rules: r, today: TODAY });
        for (const id of ['a', 'b']) {
          const year = creditYear(events, id, YEAR, r);
          const own = events.filter((e) => e.companyId === id);
          expect(year.lines).toEqual(own);
          expect(year.score).toBe(r.start + own.reduce((sum, e) => sum + e.points, 0));
          expect(year.grade).toBe(gradeOf(year.score, r.bands));
          // The bands themselves: A from A's line, D only below C's.
          if (year.score >= r.bands.A) expect(year.grade).toBe('A');
          if (year.score < r.bands.C) expect(year.grade).toBe('D');
        }
      }),
    );
  });

  it('loses exactly the events of the notices an undone import brought, and nothing else', () => {
    fc.assert(
      fc.property(ledger, fc.array(fc.boolean(), { maxLength: 12 }), (records, inBatch) => {
        const context = { rules: DEFAULT_CREDIT_RULES, today: TODAY };
        const batch = new Set(records.notices.filter((_, i) => inBatch[i]).map((n) => n.id));
        const before = creditEvents(records, context);
        const after = creditEvents({ ...records, notices: records.notices.filter((n) => !batch.has(n.id)) }, context);
        expect(after).toEqual(before.filter((e) => !(e.source === 'notices' && batch.has(e.recordId))));
      }),
    );
  });

  it('reads an overdue notice, a failed re-check and an escalation as one event each', () => {
    const records: CreditLedger = {
      companies: [company('a', '锦江物业')], estates: [estate('e1', 'a')], inspections: [], surveys: [], entries: [],
      notices: [{
        id: 'n1', estateId: 'e1', inspectionId: null, issuedOn: '2024-03-01', responsibleParty: '锦江物业', items: [], deadline: '2024-03-08', originalDeadline: '2024-03-08',
        status: 'pending', closedOn: null, year: 2024, serial: 1, number: '〔2024〕第1号', createdAt: 1, updatedAt: 1,
        events: [{ type: 'escalated', on: '2024-03-12', escalation: 'talk', note: '' }],
      }],
    };
    const events = creditEvents(records, { rules: DEFAULT_CREDIT_RULES, today: '2024-03-20' });
    expect(events.map((e) => [e.on, e.kind, e.points])).toEqual([['2024-03-09', 'noticeOverdue', -5], ['2024-03-12', 'escalation', -5]]);
    expect(creditYear(events, 'a', 2024, DEFAULT_CREDIT_RULES)).toMatchObject({ score: 90, grade: 'A' });
    // Before the deadline passed, nothing was overdue yet.
    expect(creditEvents(records, { rules: DEFAULT_CREDIT_RULES, today: '2024-03-08' }).map((e) => e.kind)).toEqual(['escalation']);
  });
});
