import { describe, expect, it } from 'vitest';
import { xlsxBytes } from '../../tests/fixtures/exchange/workbooks';
import { isOverdue } from './overdue';
import { formatRowProblem } from '../exchange/format';
import { analyseWorkbook } from '../exchange/pipeline';
import { noticeLedgerMapping } from './noticeMapping';

const DISTRICT_LEDGER = xlsxBytes({
  sheets: [
    {
      name: '整改台账',
      rows: [
        ['南岸区物业管理整改台账'],
        ['序号', '通知书编号', '社区', '小区名称', '下发日期', '整改期限', '整改情况', '复查日期', '复查结果', '新整改期限'],
        [1, '〔2024〕第1号', '太平社区', '锦绣花园', '2024-03-01', '2024-03-10', '整改中', null, null, null],
        [2, '〔2024〕第2号', '太平社区', '滨江苑', '2024-03-01', '2024-03-10', '已整改到位', '2024-03-09', null, null],
        [3, '〔2024〕第3号', '牌楼社区', '老街小区', '2024-03-01', '2024-03-10', null, '2024-03-11', '不合格', '2024-03-25'],
        [4, '〔2024〕第4号', '牌楼社区', '新村', '2024-03-01', '2024-03-10', '已报告', null, null, null],
        [5, '〔2024〕第5号', '牌楼社区', '新村', '2024-03-01', '2024-03-10', '不知道', null, null, null],
        [6, '〔2024〕第6号', '牌楼社区', '新村', '2024-03-01', null, null, null, null, null],
      ],
    },
  ],
});

describe('noticeLedgerMapping', () => {
  it('reads status words and re-check results into open or closed notices with the deadline in force', async () => {
    const analysis = await analyseWorkbook(DISTRICT_LEDGER, '整改.xlsx', noticeLedgerMapping);
    const rows = analysis.rows.valid.map((r) => r.value);
    expect(rows.map((r) => [r.number, r.status, r.deadline])).toEqual([
      ['〔2024〕第1号', 'pending', '2024-03-10'],
      ['〔2024〕第2号', 'closed', '2024-03-10'],
      ['〔2024〕第3号', 'reopened', '2024-03-25'],
      ['〔2024〕第4号', 'reported', '2024-03-10'],
    ]);
    expect(rows.filter((r) => isOverdue(r, '2024-03-20')).map((r) => r.number)).toEqual(['〔2024〕第1号', '〔2024〕第4号']);
  });

  it('refuses a status it cannot read and a row without a deadline', async () => {
    const analysis = await analyseWorkbook(DISTRICT_LEDGER, '整改.xlsx', noticeLedgerMapping);
    expect(analysis.rows.invalid.map((r) => [r.row, r.problems.map((p) => formatRowProblem(p))])).toEqual([
      [7, [expect.stringContaining('无法识别的整改状态“不知道”')]],
      [8, [expect.stringContaining('不能为空')]],
    ]);
  });
});
