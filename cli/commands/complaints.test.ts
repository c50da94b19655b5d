import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportComplaintLedger } from '../../shared/complaints/complaintSheets';
import { DEFAULT_COMPLAINT_RULES } from '../../shared/complaints/deadlineRules';
import { complaintRecord } from '../../shared/complaints/testComplaints';
import { xlsxBytes } from '../../tests/fixtures/exchange/workbooks';
import { CommandRun } from '../testing/commandRun';

/** The command run in-process on a 12345 export, a community's register and our own ledger. */

const files = new CommandRun();

const HOTLINE = xlsxBytes({
  sheets: [
    {
      name: '工单',
      rows: [
        ['12345热线工单'],
        ['工单编号', '来电时间', '诉求人', '联系电话', '所属社区', '小区名称', '诉求内容', '办理时限', '办理状态', '办结时间'],
        ['GD001', '2024-03-01 09:30', '王小明', '13800000001', '太平社区', '锦绣花园', '垃圾未清运', '2024-03-08', '处理中', null],
        ['GD002', '2024-03-02 10:00', '李四', '13900000002', '太平社区', '滨江苑', '电梯停运', '2024-03-20', '办理中', null],
        ['GD003', '2024-03-01 11:00', '赵六', '13700000003', '太平社区', '老街小区', '噪音扰民', '2024-03-08', '已办结', '2024-03-07'],
      ],
    },
  ],
});

const REGISTER = xlsxBytes({
  sheets: [
    {
      name: '登记簿',
      rows: [
        ['编号', '登记日期', '来源', '投诉人', '联系电话', '社区', '小区', '投诉内容', '状态', '受理日期'],
        ['万安2024-1', '2024-02-01', '来访', '钱八', '13600000004', '万安社区', '幸福里', '停车收费不合理', '待受理', null],
        ['万安2024-2', '2024-02-20', '来电', '周九', '13500000005', '万安社区', '幸福里', '绿化被毁', '办理中', '2024-02-21'],
        ['万安2024-3', '2024-02-25', '来信', '吴十', '13400000006', '万安社区', '幸福里', '说不清', '说不清', null],
      ],
    },
  ],
});

beforeAll(() => {
  files.write('12345工单.xlsx', HOTLINE);
  files.write('万安社区登记簿.xlsx', REGISTER);
  files.write('notes.txt', new TextEncoder().encode('这不是表格'));
  files.write(
    '本街道投诉台账.xlsx',
    exportComplaintLedger(
      { streetName: '牌楼街道', date: '2024-03-10' },
      { communities: [{ id: 'k-1', name: '牌楼社区' }], estates: [{ id: 'e-1', name: '万科a区' }] },
      [complaintRecord({ communityId: 'k-1', estateId: 'e-1', receivedOn: '2024-01-02', status: 'handling', acceptedOn: '2024-01-03' })],
      DEFAULT_COMPLAINT_RULES,
      'masked',
    ),
  );
});
afterAll(() => files.remove());

describe('street-ledger complaints', () => {
  it('prints the summary and the overdue complaints as JSON, phones masked, longest overdue first', async () => {
    const result = await files.run('complaints', '12345工单.xlsx', '万安社区登记簿.xlsx', '本街道投诉台账.xlsx', '--date', '2024-03-10', '--json');
    expect(result.code).toBe(1);
    const doc = JSON.parse(result.stdout) as { files: unknown; overdue: unknown; summary: unknown };
    expect(doc.files).toEqual([
      { file: '12345工单.xlsx', error: null },
      { file: '万安社区登记簿.xlsx', error: null },
      { file: '本街道投诉台账.xlsx', error: null },
    ]);
    expect(doc.overdue).toEqual([
      { number: '万安2024-1', community: '万安社区', estate: '幸福里', complainant: '钱*', phone: '136****0004', stage: 'accept', deadline: '2024-02-16', daysOverdue: 23 },
      { number: '投〔2024〕1号', community: '牌楼社区', estate: '万科a区', complainant: '王*明', phone: '138****0001', stage: 'conclude', deadline: '2024-03-03', daysOverdue: 7 },
      { number: 'GD001', community: '太平社区', estate: '锦绣花园', complainant: '王*明', phone: '138****0001', stage: 'conclude', deadline: '2024-03-08', daysOverdue: 2 },
    ]);
    expect(doc.summary).toEqual({ received: 6, concluded: 1, onTime: 1, overdue: 3 });
    expect(result.stdout).not.toMatch(/1[3-9]\d{9}/);
  });

  it('prints the summary and a table in Chinese, or says nothing is overdue', async () => {
    const table = await files.run('complaints', '12345工单.xlsx', '--date', '2024-03-09');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('2024-03-09：登记 3 件，办结 1 件（按期 1 件），逾期 1 件');
    expect(table.stdout).toMatch(/GD001\s+锦绣花园\s+王\*明\s+138\*\*\*\*0001\s+办结\s+2024-03-08\s+1/);
    expect(table.stdout).not.toContain('13800000001');
    const none = await files.run('complaints', '12345工单.xlsx', '--date', '2024-03-05');
    expect(none.stdout).toContain('2024-03-05 没有逾期的投诉件。');
  });

  it('names a file it cannot use, counts rows with errors apart, and refuses a date it cannot read', async () => {
    const bad = await files.run('complaints', 'notes.txt', '万安社区登记簿.xlsx', '--date', '2024-03-10', '--json');
    expect(bad.code).toBe(2);
    const doc = JSON.parse(bad.stdout) as { files: { file: string; error: string | null }[] };
    expect(doc.files[0]?.error).toMatch(/[\u4e00-\u9fff]/);
    const invalid = await files.run('complaints', '万安社区登记簿.xlsx', '--date', '2024-03-10');
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('另有 1 行有错误，未计入');
    const date = await files.run('complaints', '万安社区登记簿.xlsx', '--date', '3/10/24');
    expect([date.code, date.stderr]).toEqual([2, '无法识别的日期“3/10/24”，请写成 2024-03-15']);
  });
});
