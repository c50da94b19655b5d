import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from './grid';
import { DEFAULT_LIMITS } from './limits';
import { communitiesMapping, estatesMapping } from '../estates';
import { analyseSheet } from './pipeline';
import type { RecordMapping } from './mapping';
import type { Workbook } from './read';

/**
 * The rule a clerk relies on: the header found is exactly the header, below any title rows, and
 * every row under it is read as a row, even when a data cell says the same as a column name
 * ("物业公司" as the 维修基金代收单位 of an estate).
 */

function workbookOf(rows: CellValue[][]): Workbook {
  const width = Math.max(...rows.map((r) => r.length));
  const grid: Grid = { name: '小区', rows, width, shown: new Map(), merges: [], cutOff: { rows: false, columns: false }, hidden: false };
  return { fileName: 't.xlsx', format: 'xlsx', encoding: null, dateSystem: '1900', sheets: [{ name: '小区', hidden: false, grid: () => grid }] };
}

const TITLES = ['牌楼街道物业管理小区基本情况统计表', '填报单位：牌楼街道（盖章）', '填报日期：2024年3月15日', '单位：个、户、㎡'];

interface Column {
  readonly header: string;
  readonly value: fc.Arbitrary<CellValue>;
}

const community = fc.constantFrom('天乐社区', '印盒石社区', '新村社区', '观音岩村');
const estate = fc.constantFrom('兴园小区', '阳光花园', '梦园小区', '锦绣家园', '3号院');
const company = fc.constantFrom('绿城物业', '万科物业服务有限公司', '物业公司', '');
const count = fc.integer({ min: 1, max: 5000 });
const date = fc.constantFrom('2001-09-01', '2003-12-08', '2019/5/1');
const phone = fc.constantFrom('0421-9082131', '13800138000', '028-86654321');

// Estate template columns, in the spellings offices use.
const ESTATE_COLUMNS: readonly Column[] = [
  { header: '小区名称(必填)', value: estate },
  { header: '所属社区(必填)', value: community },
  { header: '小区物业公司(必填)', value: company },
  { header: '小区自然栋数量', value: count },
  { header: '总户数', value: count },
  { header: '小区总建筑面积', value: count },
  { header: '竣工日期(yyyy-MM-dd)', value: date },
  { header: '联系方式', value: phone },
  { header: '维修基金代收单位', value: fc.constantFrom('物业公司', '住建局', '') },
  { header: '备注', value: fc.constantFrom('', '暂无业委会', '2023年已改造') },
];

// 合计 is left out: in a row's first cell it rightly makes a total row, which is skipped.
const HEADER_WORDS = ['社区', '小区名称', '物业公司', '户数', '栋数', '建筑面积', '备注', '一类', '二类', '三类', '规划数', '其中'];

/** A column's value, or now and then a word that is also a column name. */
function cell(column: Column): fc.Arbitrary<CellValue> {
  return fc.oneof({ weight: 3, arbitrary: column.value }, { weight: 1, arbitrary: fc.constantFrom(...HEADER_WORDS) });
}

interface Table {
  readonly rows: CellValue[][];
  readonly headerFirst: number;
  readonly headerLast: number;
  readonly dataRows: number;
}

const titles = fc.array(fc.constantFrom(...TITLES), { minLength: 0, maxLength: 3 }).map((ts) => ts.map((t): CellValue[] => [t]));

/** One-row estate header: the two required columns and some others, in any order. */
const estateTable: fc.Arbitrary<Table> = fc
  .tuple(titles, fc.shuffledSubarray(ESTATE_COLUMNS.slice(2), { minLength: 1 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 6 }))
  .chain(([titleRows, others, at, n]) => {
    const columns = [...others];
    columns.splice(Math.min(at, columns.length), 0, ...ESTATE_COLUMNS.slice(0, 2));
    const dataRow = fc.tuple(...columns.map((c, i) => (i === columns.indexOf(ESTATE_COLUMNS[0] as Column) ? estate : cell(c))));
    return fc.array(dataRow, { minLength: n, maxLength: n }).map((data) => ({
      rows: [...titleRows, columns.map((c) => c.header), ...data.map((r) => [...r])],
      headerFirst: titleRows.length,
      headerLast: titleRows.length,
      dataRows: n,
    }));
  });

/**
 * Two-row community plan header: 社区 merged down, 规划数 over 合计 / 一类 / 二类 / 三类, either
 * merged (filled across, as the reader sees a merge) or written once with the rest blank.
 */
const planTable: fc.Arbitrary<Table> = fc
  .tuple(titles, fc.boolean(), fc.integer({ min: 1, max: 6 }))
  .chain(([titleRows, merged, n]) => {
    const group = merged ? ['规划数', '规划数', '规划数', '规划数'] : ['规划数', null, null, null];
    const top: CellValue[] = ['社区', ...group, '负责人'];
    const bottom: CellValue[] = ['社区', '合计', '一类', '二类', '三类', '负责人'];
    const nameCell = fc.oneof({ weight: 3, arbitrary: community }, { weight: 1, arbitrary: fc.constantFrom('一类', '其中', '负责人') });
    const person = fc.oneof(fc.constantFrom('张敏', '李华', '合计'), fc.constantFrom(...HEADER_WORDS));
    const dataRow = fc.tuple(nameCell, count, count, count, count, person);
    return fc.array(dataRow, { minLength: n, maxLength: n }).map((data) => ({
      rows: [...titleRows, top, bottom, ...data.map((r) => [...r])],
      headerFirst: titleRows.length,
      headerLast: titleRows.length + 1,
      dataRows: n,
    }));
  });

function checkTable(table: Table, mapping: RecordMapping<unknown>): void {
  const analysis = analyseSheet(workbookOf(table.rows), 0, mapping, { limits: DEFAULT_LIMITS });
  expect({ first: analysis.header.firstRow, last: analysis.header.lastRow }).toEqual({ first: table.headerFirst + 1, last: table.headerLast + 1 });
  expect(analysis.counts.read).toBe(table.dataRows);
}

describe('header search on generated tables', () => {
  it('finds exactly the one-row header and reads every estate row, whatever the rows say', () => {
    fc.assert(fc.property(estateTable, (table) => checkTable(table, estatesMapping as RecordMapping<unknown>)), { numRuns: 300 });
  });

  it('finds exactly the two-row header and reads every community row', () => {
    fc.assert(fc.property(planTable, (table) => checkTable(table, communitiesMapping as RecordMapping<unknown>)), { numRuns: 200 });
  });
});
