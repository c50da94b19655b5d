import { describe, expect, it } from 'vitest';
import { columnUses, lookalikeIgnored } from '../../../shared/exchange/columnUse';
import { buildErrorWorkbook } from '../../../shared/exchange/errorWorkbook';
import { ExchangeError } from '../../../shared/exchange/errors';
import { formatExchangeError, formatSkippedRow, groupNotImported } from '../../../shared/exchange/format';
import { inspectionsMapping } from '../../../shared/inspections';
import { INSPECTION_CATEGORIES } from '../../../shared/inspections/kinds';
import { estatesMapping, type EstateRow } from '../../../shared/estates';
import { analyseWorkbook, type WorkbookAnalysis } from '../../../shared/exchange/pipeline';
import { analyseInventory } from '../../../shared/exchange/testing/analyseInventory';
import {
  DISTRICT_LIST,
  DISTRICT_LIST_EXPECTED,
  ESTATE_TEMPLATE,
  ESTATE_TEMPLATE_EXPECTED,
  HTML_WITHOUT_TABLE,
  HTML_XLS_EXPECTED,
  HTML_XLS_GB2312,
  INSPECTION_LOG,
  INSPECTION_LOG_EXPECTED,
  noCommunityColumnBytes,
  SHEET_PER_COMMUNITY,
  SHEET_PER_COMMUNITY_EXPECTED,
  sheetPerCommunity,
} from '../../fixtures/exchange/officeLayouts';
import { xlsxBytes } from '../../fixtures/exchange/workbooks';

/** The shapes offices send, read as a clerk reads them. */

function pick<K extends keyof EstateRow>(analysis: WorkbookAnalysis<EstateRow>, keys: readonly K[]) {
  return analysis.rows.valid.map((r) => ({ row: r.row, ...Object.fromEntries(keys.map((k) => [k, r.value[k]])) }));
}

async function refusalOf(promise: Promise<unknown>): Promise<ExchangeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('an estate import template', () => {
  it('reads every estate below a one-row header, the company from its own column', async () => {
    const a = await analyseWorkbook(xlsxBytes(ESTATE_TEMPLATE), '小区导入模板.xlsx', estatesMapping);
    expect([a.header.firstRow, a.header.lastRow]).toEqual(ESTATE_TEMPLATE_EXPECTED.headerRows);
    expect(a.counts).toEqual({ read: 2, valid: 2, invalid: 0, skipped: 0 });
    expect(pick(a, ['community', 'name', 'address', 'buildings', 'floorArea', 'company'])).toEqual(ESTATE_TEMPLATE_EXPECTED.rows);
  });

  it('says which column became which field, and flags an ignored one that looks like a field', async () => {
    const a = await analyseWorkbook(xlsxBytes(ESTATE_TEMPLATE), '小区导入模板.xlsx', estatesMapping);
    const uses = columnUses(a.header.labels, a.columns);
    expect(uses.map(({ column, header, field }) => ({ column, header, field }))).toEqual(ESTATE_TEMPLATE_EXPECTED.columns);
    expect(lookalikeIgnored(uses).map((u) => u.column)).toEqual(ESTATE_TEMPLATE_EXPECTED.lookalikes);
  });
});

describe('a web page saved as .xls', () => {
  it('reads a GB2312 table: th and td, rowspan as a merge, a text code kept as typed', async () => {
    const a = await analyseWorkbook(HTML_XLS_GB2312(), '小区名单.xls', estatesMapping);
    expect(a.format).toBe('html');
    expect(a.encoding).toBe(HTML_XLS_EXPECTED.encoding);
    expect([a.header.firstRow, a.header.lastRow]).toEqual(HTML_XLS_EXPECTED.headerRows);
    expect(pick(a, ['community', 'name', 'estateClass', 'households', 'notes'])).toEqual(HTML_XLS_EXPECTED.rows);
  });

  it('refuses a page with no table in one sentence', async () => {
    const error = await refusalOf(analyseWorkbook(HTML_WITHOUT_TABLE(), '报表.xls', estatesMapping));
    expect(error.code).toBe('htmlDisguised');
    expect(formatExchangeError(error)).toContain('没有可以读取的表格');
  });
});

describe('a workbook with one sheet per community', () => {
  it('reads every community sheet as one list, the community from the sheet name, and leaves 汇总 and 说明 out', async () => {
    const a = await analyseWorkbook(xlsxBytes(SHEET_PER_COMMUNITY), '各社区小区.xlsx', estatesMapping);
    expect(a.parts.map((p) => p.name)).toEqual(SHEET_PER_COMMUNITY_EXPECTED.sheets);
    expect(a.parts.map((p) => p.fixed)).toEqual(SHEET_PER_COMMUNITY_EXPECTED.sheets.map((community) => ({ community })));
    expect(a.rows.valid.map((r) => ({ sheet: r.sheet, row: r.row, community: r.value.community, name: r.value.name, estateClass: r.value.estateClass, company: r.value.company, households: r.value.households }))).toEqual(
      SHEET_PER_COMMUNITY_EXPECTED.rows,
    );
    expect(a.counts).toEqual({ read: 3, valid: 3, invalid: 0, skipped: 0 });
  });

  it('reads the same way when estates and communities are looked for together', async () => {
    const inventory = await analyseInventory(xlsxBytes(SHEET_PER_COMMUNITY), '各社区小区.xlsx', { existingCommunities: 'any' });
    expect(inventory.estates?.rows.valid.map((r) => `${r.value.community}/${r.value.name}`)).toEqual(SHEET_PER_COMMUNITY_EXPECTED.rows.map((r) => `${r.community}/${r.name}`));
  });
});

describe('an estate list without a community column', () => {
  it('is refused with the sheet, the row, what it has and what it lacks', async () => {
    const error = await refusalOf(analyseWorkbook(noCommunityColumnBytes(), '小区.xlsx', estatesMapping));
    expect(error.code).toBe('partialHeader');
    expect(formatExchangeError(error)).toBe('工作表“小区”第 1 行有“小区名称、户数”，但没有所属社区列（必填）；“区域”不是社区');
  });

  it('is read when one community is given for every row', async () => {
    const a = await analyseWorkbook(noCommunityColumnBytes(), '小区.xlsx', estatesMapping, { fixed: { community: '天乐社区' } });
    expect(a.rows.valid.map((r) => [r.row, r.value.community, r.value.name, r.value.households])).toEqual([
      [2, '天乐社区', '兴园小区', 120],
      [3, '天乐社区', '梦园小区', 300],
    ]);
  });
});

describe('a damaged workbook', () => {
  it('calls text renamed to .xlsx damaged, not headerless', async () => {
    const error = await refusalOf(analyseWorkbook(new TextEncoder().encode('会议记录\n明天上午九点\n'), '小区.xlsx', estatesMapping));
    expect(error.code).toBe('damagedWorkbook');
  });
});

describe('a district list across streets', () => {
  it('keeps two streets\' 新村社区 / 阳光花园 apart, each row with its street', async () => {
    const a = await analyseWorkbook(xlsxBytes(DISTRICT_LIST), '全区.xlsx', estatesMapping);
    expect(a.rows.valid.map((r) => ({ row: r.row, street: r.street, community: r.value.community, name: r.value.name, estateClass: r.value.estateClass }))).toEqual(DISTRICT_LIST_EXPECTED.all);
    expect(a.counts.invalid).toBe(0);
  });

  it('takes only our street\'s rows and lists the others as skipped, with the street', async () => {
    const a = await analyseWorkbook(xlsxBytes(DISTRICT_LIST), '全区.xlsx', estatesMapping, { ownStreet: DISTRICT_LIST_EXPECTED.own.street });
    expect(a.rows.valid.map((r) => r.row)).toEqual(DISTRICT_LIST_EXPECTED.own.valid);
    expect(a.rows.valid.every((r) => r.street === undefined)).toBe(true);
    expect(a.rows.skipped).toEqual(DISTRICT_LIST_EXPECTED.own.skipped);
    expect(formatSkippedRow(a.rows.skipped[0]!)).toBe('其他街道的小区（红星街道）');
  });
});

describe('a community inspection log', () => {
  it('imports each patrol as an inspection of the community the sheet is named after, 问题类别 as the category of what was found', async () => {
    const a = await analyseWorkbook(xlsxBytes(INSPECTION_LOG), '巡查记录.xlsx', inspectionsMapping);
    expect(a.counts).toEqual({ read: 3, valid: 3, invalid: 0, skipped: 0 });
    expect(
      a.rows.valid.map((r) => {
        const problem = INSPECTION_CATEGORIES.find((c) => r.value.categories[c].result === 'problem');
        return {
          row: r.row,
          community: r.value.community,
          estate: r.value.estate,
          inspectedOn: r.value.inspectedOn,
          kind: r.value.kind,
          inspectors: r.value.inspectors,
          findings: r.value.findings,
          problem: problem ? { category: problem, note: r.value.categories[problem].note } : null,
        };
      }),
    ).toEqual(INSPECTION_LOG_EXPECTED.rows);
  });

  it('lists what rows say about the follow-up, which belongs to a notice, cell by cell', async () => {
    const a = await analyseWorkbook(xlsxBytes(INSPECTION_LOG), '巡查记录.xlsx', inspectionsMapping);
    expect(groupNotImported(a.notImported).map(({ column, header, rows }) => ({ column, header, rows }))).toEqual(INSPECTION_LOG_EXPECTED.notImported);
    expect(a.notImported.find((c) => c.header === '整改期限')).toMatchObject({ row: 3, value: '2024-03-12', reason: 'belongsToNotice' });
  });

  it('refuses a category nobody uses, naming it', async () => {
    const rows = INSPECTION_LOG.sheets[0]!.rows.map((r, i) => (i === 2 ? r.map((c, j) => (j === 6 ? '管理' : c)) : r));
    const a = await analyseWorkbook(xlsxBytes({ sheets: [{ name: '天乐社区', rows }] }), '巡查记录.xlsx', inspectionsMapping);
    expect(a.rows.invalid.map((r) => r.row)).toEqual([3]);
  });
});

describe('the error workbook of a list with a sheet per community', () => {
  it('puts each refused row back under its own sheet, so it imports back to its community', async () => {
    const book = sheetPerCommunity();
    const bad = { sheets: book.sheets.map((s) => (s.name === '新村社区' ? { ...s, rows: s.rows.map((r, i) => (i === 2 ? r.map((c, j) => (j === 2 ? '四类' : c)) : r)) } : s)) };
    const a = await analyseWorkbook(xlsxBytes(bad), '各社区.xlsx', estatesMapping);
    expect(a.rows.invalid.map((r) => [r.sheet, r.row])).toEqual([['新村社区', 3]]);
    const errors = await analyseWorkbook(buildErrorWorkbook(a, estatesMapping), '错误清单.xlsx', estatesMapping);
    // Header, then the refused row, on a sheet of the same name.
    expect(errors.rows.invalid.map((r) => [r.sheet ?? errors.sheet.name, r.row])).toEqual([['新村社区', 2]]);
    expect(errors.parts.map((p) => p.fixed.community)).toEqual(['新村社区']);
  });
});
