import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Inspection } from './inspection';
import { isOverdue } from './overdue';
import { inspectionRow, noticeRow, surveyRow } from './testRows';
import { inspectionsMapping } from './inspectionMapping';
import { noticeLedgerMapping } from './noticeMapping';
import { analyseWorkbook } from '../exchange/pipeline';
import { exportInspectionLedger, exportNoticeLedger, exportSurveyResults, type Placed } from './inspectionLedgers';

const heading = { streetName: '牌楼街道', date: '2024-03-25' };

function sheetRows(bytes: Uint8Array): unknown[][] {
  const book = XLSX.read(bytes, { type: 'array' });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: null });
}

function formulas(bytes: Uint8Array): number {
  const book = XLSX.read(bytes, { type: 'array', cellFormula: true });
  return Object.values(book.Sheets).reduce((n, sheet) => n + Object.values(sheet).filter((c) => typeof c === 'object' && c !== null && 'f' in c).length, 0);
}

const spotCheck = inspectionRow({
  id: 'i1',
  inspectors: ['张敏', '李强'],
  categories: {
    ...inspectionRow().categories,
    publicOrder: { result: 'problem', note: '东门占道经营', mark: null },
    sanitation: { result: 'problem', note: '=HYPERLINK("http://x")', mark: null },
    security: { result: 'pass', note: '', mark: null },
  },
  findings: '+东门\n3 栋',
  photoCount: 2,
});
const assessment = inspectionRow({
  id: 'i2',
  kind: 'assessment',
  inspectedOn: '2024-03-16',
  time: '',
  categories: { ...inspectionRow().categories, security: { result: 'pass', note: '', mark: 90 }, greening: { result: 'problem', note: '草坪', mark: 40 } },
  score: 76.5,
});

const placed = <T,>(record: T, estate = '万科a区'): Placed<T> => ({ community: '太平社区', estate, record });

describe('the inspection ledger export', () => {
  it('imports back as the same inspections, formula-looking text staying text', async () => {
    const lines = [placed(spotCheck), placed(assessment, '锦绣花园')];
    const bytes = exportInspectionLedger(heading, lines);
    expect(formulas(bytes)).toBe(0);
    const analysis = await analyseWorkbook(bytes, 'x.xlsx', inspectionsMapping);
    expect(analysis.counts).toMatchObject({ valid: 2, invalid: 0 });
    const fields = (i: Inspection) => ({ inspectedOn: i.inspectedOn, time: i.time, kind: i.kind, inspectors: i.inspectors, categories: i.categories, score: i.score, findings: i.findings });
    expect(analysis.rows.valid.map((r) => r.value)).toEqual([
      { community: '太平社区', estate: '万科a区', ...fields(spotCheck) },
      { community: '太平社区', estate: '锦绣花园', ...fields(assessment) },
    ]);
  });

  it('has the district layout: title, reporting unit and day, then the header', () => {
    const rows = sheetRows(exportInspectionLedger(heading, [placed(spotCheck)]));
    expect(rows[0]?.[0]).toBe('牌楼街道物业小区检查台账');
    expect(rows[1]).toContain('填报单位：牌楼街道');
    expect(rows[1]).toContain('统计日期：2024-03-25');
    expect(rows[2]?.slice(0, 8)).toEqual(['序号', '所属社区', '小区名称', '检查日期', '时间', '检查类型', '检查人员', '公共秩序']);
    // No 考评 marks among these: no mark columns.
    expect(rows[2]).not.toContain('公共秩序得分');
  });
});

describe('the rectification ledger export', () => {
  const notices = [
    noticeRow({ id: 'n1', serial: 1, number: '〔2024〕第1号', deadline: '2024-03-22' }),
    noticeRow({
      id: 'n2',
      serial: 2,
      number: '〔2024〕第2号',
      deadline: '2024-04-01',
      status: 'reopened',
      events: [
        { type: 'reported', on: '2024-03-20', note: '' },
        { type: 'rechecked', on: '2024-03-23', passed: false, note: '', newDeadline: '2024-04-01' },
        { type: 'escalated', on: '2024-03-24', escalation: 'talk', note: '' },
      ],
    }),
    noticeRow({ id: 'n3', serial: 3, number: '〔2024〕第3号', status: 'closed', closedOn: '2024-03-21', events: [{ type: 'rechecked', on: '2024-03-21', passed: true, note: '', newDeadline: null }] }),
  ];

  it('reads back with the same deadlines and the same overdue notices on any day', async () => {
    const bytes = exportNoticeLedger(heading, notices.map((n) => placed(n)));
    const analysis = await analyseWorkbook(bytes, 'x.xlsx', noticeLedgerMapping);
    expect(analysis.counts).toMatchObject({ valid: 3, invalid: 0 });
    const rows = analysis.rows.valid.map((r) => r.value);
    expect(rows.map((r) => [r.number, r.deadline, r.status === 'closed'])).toEqual([
      ['〔2024〕第1号', '2024-03-22', false],
      ['〔2024〕第2号', '2024-04-01', false],
      ['〔2024〕第3号', '2024-03-22', true],
    ]);
    for (const day of ['2024-03-20', '2024-03-23', '2024-04-02']) {
      expect(rows.filter((r) => isOverdue(r, day)).map((r) => r.number)).toEqual(notices.filter((n) => isOverdue(n, day)).map((n) => n.number));
    }
  });

  it('shows the status and overdue days of the ledger’s day, and what was done', () => {
    const rows = sheetRows(exportNoticeLedger(heading, notices.map((n) => placed(n))));
    const header = rows[2] as string[];
    const cell = (row: number, name: string) => rows[row]?.[header.indexOf(name)];
    expect(cell(3, '状态')).toBe('逾期');
    expect(cell(3, '逾期天数')).toBe('3');
    expect(cell(4, '状态')).toBe('复查不合格');
    expect(cell(4, '复查结果')).toBe('不合格');
    expect(cell(4, '督办情况')).toBe('2024-03-24 约谈');
    expect(cell(4, '原整改期限')).toBe('2024-03-22');
    expect(cell(5, '状态')).toBe('复查合格');
    expect(cell(5, '办结日期')).toBe('2024-03-21');
    expect(cell(3, '整改内容')).toBe('1. 环境卫生：垃圾未清运');
  });
});

describe('the survey results export', () => {
  it('writes the rate as a percentage and the outcome by each survey’s own threshold', () => {
    const surveys = [surveyRow({ surveyed: 120, satisfied: 103 }), surveyRow({ id: 's2', surveyed: 100, satisfied: 82, threshold: 0.85 }), surveyRow({ id: 's3', surveyed: 100, satisfied: 82, threshold: 0.8 })];
    const rows = sheetRows(exportSurveyResults(heading, surveys.map((s) => placed(s))));
    expect(rows[2]).toEqual(['序号', '所属社区', '小区名称', '测评日期', '调查户数', '满意户数', '满意率', '通过线', '测评结果', '说明']);
    expect(rows.slice(3).map((r) => [r[6], r[7], r[8]])).toEqual([
      ['85.8%', '85%', '通过验收'],
      ['82.0%', '85%', '补课'],
      ['82.0%', '80%', '通过验收'],
    ]);
  });
});
