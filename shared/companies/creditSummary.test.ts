import { describe, expect, it } from 'vitest';
import type { Estate, EstateRow } from '../estates';
import type { WorkbookAnalysis } from '../exchange/pipeline';
import type { Inspection, RectificationNotice } from '../inspections';
import type { Company } from './company';
import { companiesMapping } from './companyMapping';
import { companyKey } from './companyNames';
import { unknownCompaniesOf } from './companyOffer';
import { creditEvents, type CreditLedger } from './creditEvents';
import { DEFAULT_CREDIT_RULES } from './creditRules';
import { creditSummary, creditSummarySheet } from './creditSummary';
import { companyMessages } from './messages';

function company(id: string, name: string, aliases: string[] = []): Company {
  return {
    id, name, nameKey: companyKey(name), aliases, aliasKeys: aliases.map(companyKey), keptApart: [], creditCode: '', qualification: '',
    legalRepresentative: '', contact: '', phone: '', address: '', notes: '', listing: 'none', createdAt: 1, updatedAt: 1,
  };
}
const estate = (id: string, companyId: string | null): Estate => ({
  id, communityId: 'c', name: id, aliases: [], nameKey: id, estateClass: 1, mode: 'market', company: '', companyId, buildings: null, households: null,
  floorArea: null, address: '', pilot: false, notes: '', createdAt: 1, updatedAt: 1,
});
const assessment = (id: string, estateId: string, inspectedOn: string, score: number): Inspection => ({
  id, estateId, inspectedOn, time: '', kind: 'assessment', inspectors: [], score, findings: '', photoCount: 0, createdAt: 1, updatedAt: 1,
  categories: {} as Inspection['categories'],
});
const notice = (id: string, estateId: string, issuedOn: string, deadline: string): RectificationNotice => ({
  id, estateId, inspectionId: null, issuedOn, responsibleParty: '', items: [], deadline, originalDeadline: deadline, status: 'pending', closedOn: null,
  events: [{ type: 'escalated', on: deadline, escalation: 'circular', note: '' }], year: 2024, serial: 1, number: '〔2024〕第1号', createdAt: 1, updatedAt: 1,
});

describe('the annual credit summary', () => {
  const ledger: CreditLedger = {
    companies: [company('a', '锦江物业服务有限公司'), company('b', '万科物业')],
    estates: [estate('e1', 'a'), estate('e2', 'a'), estate('e3', 'b')],
    inspections: [assessment('i1', 'e1', '2024-04-01', 80), assessment('i2', 'e2', '2024-05-01', 95), assessment('i3', 'e1', '2023-05-01', 40)],
    notices: [notice('n1', 'e1', '2024-03-01', '2024-03-08'), notice('n2', 'e3', '2023-03-01', '2023-03-08')],
    surveys: [],
    entries: [],
  };
  const events = creditEvents(ledger, { rules: DEFAULT_CREDIT_RULES, today: '2024-12-31' });

  it('counts a year of each company: its estates, notices, overdue, escalations, average assessment, points and grade', () => {
    const [a, b] = creditSummary(ledger, events, 2024, DEFAULT_CREDIT_RULES);
    // 95 ≥ 90 brings +3; the overdue notice −5 and its circular −10.
    expect(a).toMatchObject({ estates: 2, notices: 1, overdue: 1, escalations: 1, complaints: 0, averageScore: 87.5, points: -12, score: 88, grade: 'B' });
    // 万科's notice was of 2023.
    expect(b).toMatchObject({ estates: 1, notices: 0, overdue: 0, escalations: 0, averageScore: null, points: 0, score: 100, grade: 'A' });
  });

  it('lays the summary out for the district: title, unit and date, a numbered header row', () => {
    const sheet = creditSummarySheet({ streetName: '牌楼街道', year: 2024, date: '2024-12-31' }, creditSummary(ledger, events, 2024, DEFAULT_CREDIT_RULES), companyMessages['zh-CN']);
    const text = (row: number, col: number) => sheet.rows[row]?.[col]?.v;
    expect(text(0, 0)).toBe('牌楼街道物业服务企业2024年度信用汇总表');
    expect(text(2, 0)).toBe('序号');
    expect(text(3, 1)).toBe('锦江物业服务有限公司');
    expect(text(3, 11)).toBe('B');
    // A summary sheet is not a register: its company header is not one the register's import reads.
    expect(companiesMapping.fields.flatMap((f) => f.synonyms)).not.toContain(text(2, 1));
  });
});

describe('the companies an estate list names that the register lacks', () => {
  it('lists each new name once as first typed, not the registered, the brought or the agreed ones', () => {
    const rows = ['锦江物业', '锦江物业 ', '新城物业', '万科', 'ＨＸ物业', 'hx物业', '', '蓝光'].map((name, i) => ({ value: { company: name } as EstateRow, row: i }));
    const analysis = { rows: { valid: rows } } as unknown as WorkbookAnalysis<EstateRow>;
    const stored = [company('a', '万科物业', ['万科'])];
    const brought = [{ ...company('x', '蓝光嘉宝'), aliases: ['蓝光'] }];
    expect(unknownCompaniesOf(analysis, stored, brought)).toEqual(['锦江物业', '新城物业', 'ＨＸ物业']);
  });

  it('reads the office’s lists as sheets write them, and refuses an unknown one', () => {
    expect(companiesMapping.validate({ name: '甲物业', listing: '红名单' })).toMatchObject({ ok: true, value: { listing: 'red' } });
    expect(companiesMapping.validate({ name: '甲物业', listing: ' 黑 ' })).toMatchObject({ ok: true, value: { listing: 'black' } });
    expect(companiesMapping.validate({ name: '甲物业', listing: '' })).toMatchObject({ ok: true, value: { listing: 'none' } });
    expect(companiesMapping.validate({ name: '甲物业', listing: '灰名单' })).toMatchObject({ ok: false, problems: [{ field: 'listing', code: 'unknownListing' }] });
  });
});
