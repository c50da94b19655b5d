import { describe, expect, it } from 'vitest';
import { termsMapping } from '../../tests/fixtures/exchange/termsMapping';
import {
  csvText,
  DATES_EXPECTED,
  datesWorkbook,
  gbk,
  MESSY_EXPECTED,
  MESSY_WORKBOOK,
  messyCsvRows,
  PLAN5_EXPECTED,
  PLAN5_WORKBOOK,
  PLAN_OVER_TOTAL_EXPECTED,
  PLAN_OVER_TOTAL_WORKBOOK,
  SHEET_CHOICE_WORKBOOK,
  xlsxBytes,
} from '../../tests/fixtures/exchange/workbooks';
import { ExchangeError } from './errors';
import { formatRowProblem, formatWarning, listProblems } from './format';
import { DEFAULT_LIMITS } from './limits';
import { communitiesMapping } from '../estates/communityMapping';
import { estatesMapping } from '../estates/estateMapping';
import { analyseWorkbook, type WorkbookAnalysis } from './pipeline';
import { analyseInventory } from './testing/analyseInventory';

function problemsOf(analysis: WorkbookAnalysis<unknown>): { row: number; field: string | null; code: string }[] {
  return analysis.rows.invalid.flatMap((r) =>
    r.problems.map((p) => ({ row: r.row, field: p.field, code: p.issue.source === 'domain' ? p.issue.problem.code : p.issue.code })),
  );
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (error instanceof ExchangeError) return error.code;
    throw error;
  }
}

describe('a messy estate return', () => {
  it('finds the header under the title rows and reads every row as valid, invalid or skipped', async () => {
    const a = await analyseWorkbook(xlsxBytes(MESSY_WORKBOOK), '返回表.xlsx', estatesMapping);
    expect(a.sheet.name).toBe(MESSY_EXPECTED.sheet);
    expect(a.header.firstRow).toBe(MESSY_EXPECTED.headerRow);
    expect(a.preamble).toEqual(['牌楼街道物业管理小区基本情况统计表', '填报单位：牌楼街道（盖章） 填报日期：2024年3月15日']);
    expect(
      a.rows.valid.map((r) => ({
        row: r.row,
        community: r.value.community,
        name: r.value.name,
        estateClass: r.value.estateClass,
        mode: r.value.mode,
        households: r.value.households,
        pilot: r.value.pilot,
      })),
    ).toEqual(MESSY_EXPECTED.valid);
    expect(problemsOf(a)).toEqual(MESSY_EXPECTED.invalid);
    expect(a.rows.skipped).toEqual(MESSY_EXPECTED.skipped);
    expect(a.counts).toEqual({ read: 23 - 2, valid: 12, invalid: 5, skipped: 4 });
  });

  it('maps the columns by synonym with full confidence and names them as Excel does', async () => {
    const a = await analyseWorkbook(xlsxBytes(MESSY_WORKBOOK), 'x.xlsx', estatesMapping);
    const f = a.columns.fields;
    expect([f.community?.letter, f.name?.letter, f.mode?.header, f.households?.header, f.address?.letter]).toEqual(['B', 'C', '管理方式', '住户数（户）', 'J']);
    expect(a.columns.confidence).toBe(1);
    expect(a.columns.missing).toEqual([]);
  });

  it('says in Chinese which earlier row a duplicate repeats', async () => {
    const a = await analyseWorkbook(xlsxBytes(MESSY_WORKBOOK), 'x.xlsx', estatesMapping);
    const duplicate = a.rows.invalid.find((r) => r.row === 18);
    expect(duplicate?.problems.map((p) => formatRowProblem(p))).toEqual(['名称：与第 11 行重复（观音岩社区 / 翠竹园）']);
  });

  it('lists each problem with sheet, Excel row, column letter, header and reason', async () => {
    const a = await analyseWorkbook(xlsxBytes(MESSY_WORKBOOK), 'x.xlsx', estatesMapping);
    expect(listProblems(a)[1]).toEqual({
      sheet: '小区情况', row: 19, column: 'D', header: '小区类别', field: 'estateClass',
      message: '小区类别：无法识别的小区类别“四类”，应为一类、二类、三类或留空',
      reason: '无法识别的小区类别“四类”，应为一类、二类、三类或留空',
    });
    expect(listProblems(a, 'en')[1]?.message).toBe('Class: "四类" is not a class (I, II, III or blank)');
  });

  it('reads the same return from a GBK CSV and a UTF-8 CSV with BOM', async () => {
    const text = csvText(messyCsvRows());
    for (const bytes of [gbk(text), new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])]) {
      const a = await analyseWorkbook(bytes, '返回表.csv', estatesMapping);
      expect(a.format).toBe('csv');
      expect(a.sheet.name).toBe('返回表');
      expect(a.rows.valid.map((r) => [r.row, r.value.name, r.value.estateClass])).toEqual(
        MESSY_EXPECTED.valid.map((v) => [v.row, v.name, v.estateClass]),
      );
      expect(problemsOf(a)).toEqual(MESSY_EXPECTED.invalid);
    }
  });

  it('takes a user correction of the mapping, and reports the layout signature to remember it by', async () => {
    const bytes = xlsxBytes(MESSY_WORKBOOK);
    const auto = await analyseWorkbook(bytes, 'x.xlsx', estatesMapping);
    // The clerk says 备注 (L) is really the address and the company column is not to be read.
    const corrected = await analyseWorkbook(bytes, 'x.xlsx', estatesMapping, { columns: { address: 11, company: null } });
    expect(corrected.columns.fields.address).toMatchObject({ column: 11, letter: 'L', source: 'user', confidence: 1 });
    expect(corrected.columns.fields.notes).toBeNull();
    expect(corrected.columns.fields.company).toBeNull();
    expect(corrected.rows.valid.find((r) => r.row === 5)?.value.address).toBe('机关宿舍');
    expect(corrected.header.signature).toBe(auto.header.signature);
  });
});

describe('planned counts per community', () => {
  it('reads plan 5 through a two-row header with 其中 merged over the classes, "–" as zero', async () => {
    const a = await analyseWorkbook(xlsxBytes(PLAN5_WORKBOOK), '规划.xlsx', communitiesMapping);
    expect([a.header.firstRow, a.header.lastRow]).toEqual(PLAN5_EXPECTED.headerRows);
    expect(a.header.labels).toEqual(PLAN5_EXPECTED.labels);
    expect(a.rows.valid.map((r) => [r.value.name, r.value.planned.total, r.value.planned.class1, r.value.planned.class2, r.value.planned.class3])).toEqual(
      PLAN5_EXPECTED.planned,
    );
    expect(a.rows.skipped).toEqual(PLAN5_EXPECTED.skipped);
  });

  it('reads 规划数 over 合计 / 一类 …, keeps phones as text and refuses a number that lost digits', async () => {
    const a = await analyseWorkbook(xlsxBytes(PLAN_OVER_TOTAL_WORKBOOK), '社区.xlsx', communitiesMapping);
    expect(a.header.labels).toEqual(PLAN_OVER_TOTAL_EXPECTED.labels);
    expect(a.rows.valid.map((r) => ({ row: r.row, name: r.value.name, kind: r.value.kind, phone: r.value.phone, planned: r.value.planned }))).toEqual(
      PLAN_OVER_TOTAL_EXPECTED.valid,
    );
    expect(problemsOf(a)).toEqual(PLAN_OVER_TOTAL_EXPECTED.invalid);
  });
});

describe('dates', () => {
  it.each(['1900', '1904'] as const)('reads serials of the %s system and every text form as ISO dates', async (system) => {
    const a = await analyseWorkbook(xlsxBytes(datesWorkbook(system)), '业委会.xlsx', termsMapping);
    expect(a.dateSystem).toBe(system);
    expect(a.rows.valid.map((r) => ({ row: r.row, ...r.value, community: undefined, estate: undefined }))).toEqual(
      DATES_EXPECTED.valid.map((v) => ({ ...v, community: undefined, estate: undefined })),
    );
    expect(problemsOf(a)).toEqual(DATES_EXPECTED.invalid);
  });
});

describe('choosing the sheet', () => {
  it('scores every sheet and picks the one whose header names the fields', async () => {
    const a = await analyseWorkbook(xlsxBytes(SHEET_CHOICE_WORKBOOK), 'x.xlsx', estatesMapping);
    expect(a.sheet.name).toBe('小区');
    expect(a.sheets.map((s) => [s.name, s.recognised, s.hidden])).toEqual([
      ['填表说明', false, false],
      ['旧表', true, true],
      ['汇总', false, false],
      ['小区', true, false],
    ]);
  });

  it('reads the sheet the user chose, by name or index', async () => {
    const bytes = xlsxBytes(SHEET_CHOICE_WORKBOOK);
    expect((await analyseWorkbook(bytes, 'x.xlsx', estatesMapping, { sheet: '旧表' })).rows.valid[0]?.value.name).toBe('旧小区');
    expect((await analyseWorkbook(bytes, 'x.xlsx', estatesMapping, { sheet: 1 })).sheet.name).toBe('旧表');
    expect(await refusal(analyseWorkbook(bytes, 'x.xlsx', estatesMapping, { sheet: '没有' }))).toBe('sheetNotFound');
  });

  it('reads a header row the user chose', async () => {
    const a = await analyseWorkbook(xlsxBytes(MESSY_WORKBOOK), 'x.xlsx', estatesMapping, { headerRow: 3 });
    expect(a.rows.valid).toHaveLength(12);
    expect(await refusal(analyseWorkbook(xlsxBytes(MESSY_WORKBOOK), 'x.xlsx', estatesMapping, { headerRow: 1 }))).toBe('missingColumns');
  });
});

describe('every format the offices send', () => {
  it.each([
    ['xlsx', 'xlsx'],
    ['biff8', 'xls'],
    ['ods', 'ods'],
    ['xlml', 'xml'],
  ] as const)('reads the messy return written as %s', async (bookType, format) => {
    const a = await analyseWorkbook(xlsxBytes(MESSY_WORKBOOK, bookType), `返回表.${format}`, estatesMapping);
    expect(a.format).toBe(format);
    expect(a.rows.valid.map((r) => r.value.name)).toEqual(MESSY_EXPECTED.valid.map((v) => v.name));
    expect(problemsOf(a)).toEqual(MESSY_EXPECTED.invalid);
  });
});

describe('limits', () => {
  const estateRows = (count: number) => Array.from({ length: count }, (_, i) => ['印盒石社区', `小区${i + 1}`]);

  it('takes no more data rows than the limit and says how many were left out, and which', async () => {
    const rows = [['所属社区', '小区名称'], ...estateRows(10)];
    const a = await analyseWorkbook(xlsxBytes({ sheets: [{ name: 'S', rows }] }), 'x.xlsx', estatesMapping, { limits: { ...DEFAULT_LIMITS, maxRows: 6 } });
    expect(a.counts.valid).toBe(6);
    expect(a.rows.valid.at(-1)?.value.name).toBe('小区6');
    expect(a.warnings.map((w) => formatWarning(w))).toEqual([
      '数据超过 6 行的上限：只读取了前 6 行数据（到第 7 行），第 8–11 行的 4 行没有读取；请把这些行另存一个文件再导入',
    ]);
  });

  it('counts data rows only: a title and a header above exactly the limit lose no estate (csv and xlsx)', async () => {
    const rows = [['牌楼街道小区清单'], ['所属社区', '小区名称'], ...estateRows(6)];
    const limits = { ...DEFAULT_LIMITS, maxRows: 6 };
    for (const [bytes, name] of [[xlsxBytes({ sheets: [{ name: 'S', rows }] }), 'x.xlsx'], [new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n')), 'x.csv']] as const) {
      const a = await analyseWorkbook(bytes, name, estatesMapping, { limits });
      expect(a.counts.valid).toBe(6);
      expect(a.rows.valid.at(-1)?.value.name).toBe('小区6');
      expect(a.warnings).toEqual([]);
    }
  });

  it('says "at least" when the sheet goes on past what the reader takes', async () => {
    const rows = [['所属社区', '小区名称'], ...estateRows(60)];
    const a = await analyseWorkbook(xlsxBytes({ sheets: [{ name: 'S', rows }] }), 'x.xlsx', estatesMapping, { limits: { ...DEFAULT_LIMITS, maxRows: 6, headerSearchRows: 30 } });
    expect(a.counts.valid).toBe(6);
    // The reader takes 36 rows (and looks at one more to see the sheet go on): rows 8–36 are counted.
    expect(a.warnings.map((w) => formatWarning(w))).toEqual([
      '数据超过 6 行的上限：只读取了前 6 行数据（到第 7 行），第 8 行起至少还有 29 行没有读取；请把工作表拆成几个文件分别导入',
    ]);
  });
});

describe('files that cannot be imported', () => {
  it('refuses a workbook without a recognisable header, an empty one, and one without rows', async () => {
    expect(await refusal(analyseWorkbook(xlsxBytes({ sheets: [{ name: 'S', rows: [['甲', '乙'], [1, 2]] }] }), 'x.xlsx', estatesMapping))).toBe('noHeader');
    expect(await refusal(analyseWorkbook(xlsxBytes({ sheets: [{ name: 'S', rows: [] }] }), 'x.xlsx', estatesMapping))).toBe('emptyWorkbook');
    expect(await refusal(analyseWorkbook(xlsxBytes({ sheets: [{ name: 'S', rows: [['社区', '小区名称'], [], ['合计']] }] }), 'x.xlsx', estatesMapping))).toBe(
      'noDataRows',
    );
  });
});

describe('analyseInventory', () => {
  const workbook = xlsxBytes({
    sheets: [
      { name: '社区', rows: [['社区名称', '规划总数'], ['印盒石社区', 17]] },
      { name: '小区', rows: [['所属社区', '小区名称'], ['印盒石社区', '阳光花园'], ['观音岩社区', '翠竹园'], ['万安社区', '幸福里']] },
    ],
  });

  it('accepts an estate whose community is stored or comes with the same file, and refuses the others', async () => {
    const a = await analyseInventory(workbook, 'x.xlsx', { existingCommunities: [{ name: '观音岩社区' }] });
    expect(a.communities?.rows.valid.map((r) => r.value.name)).toEqual(['印盒石社区']);
    expect(a.estates?.rows.valid.map((r) => r.value.name)).toEqual(['阳光花园', '翠竹园']);
    expect(a.estates?.rows.invalid.map((r) => [r.row, r.problems.map((p) => formatRowProblem(p))])).toEqual([[4, ['所属社区：社区“万安社区”不存在']]]);
  });

  it('takes every community as given when there is no database', async () => {
    const a = await analyseInventory(workbook, 'x.xlsx', { existingCommunities: 'any' });
    expect(a.estates?.counts.valid).toBe(3);
  });

  it('gives an estate list with contact columns to estates, not to communities', async () => {
    const bytes = xlsxBytes({
      sheets: [{ name: '小区', rows: [['社区', '小区名称', '负责人', '联系电话'], ['印盒石社区', '阳光花园', '王芳', '13800138000'], ['印盒石社区', '锦绣家园', '李明', '13900139000']] }],
    });
    const a = await analyseInventory(bytes, 'x.xlsx', { existingCommunities: 'any' });
    expect(a.communities).toBeNull();
    expect(a.estates?.rows.valid.map((r) => r.value.name)).toEqual(['阳光花园', '锦绣家园']);
  });

  it('treats a kind whose sheet has no rows as absent', async () => {
    const bytes = xlsxBytes({
      sheets: [
        { name: '社区', rows: [['社区名称', '规划总数']] },
        { name: '小区', rows: [['所属社区', '小区名称'], ['印盒石社区', '阳光花园']] },
      ],
    });
    const a = await analyseInventory(bytes, 'x.xlsx', { existingCommunities: 'any' });
    expect(a.communities).toBeNull();
    expect(a.estates?.counts.valid).toBe(1);
  });
});
