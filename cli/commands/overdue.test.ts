import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxBytes } from '../../tests/fixtures/exchange/workbooks';
import { exportNoticeLedger } from '../../shared/inspections/inspectionLedgers';
import { noticeRow } from '../../shared/inspections/testRows';
import { main } from '../main';

/** The command run in-process on files in a temporary folder: output and exit code. */

let dir = '';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, dir);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const DISTRICT_LEDGER = xlsxBytes({
  sheets: [
    {
      name: '整改台账',
      rows: [
        ['南岸区物业管理整改台账'],
        ['通知书编号', '社区', '小区名称', '下发日期', '整改期限', '整改情况', '复查日期', '复查结果'],
        ['太平〔2024〕3号', '太平社区', '锦绣花园', '2024-03-01', '2024-03-10', '整改中', null, null],
        ['太平〔2024〕4号', '太平社区', '滨江苑', '2024-03-01', '2024-03-10', null, '2024-03-09', '合格'],
        ['太平〔2024〕5号', '太平社区', '老街小区', '2024-03-05', '2024-03-25', '待整改', null, null],
      ],
    },
  ],
});

const WITH_BAD_ROW = xlsxBytes({
  sheets: [{ name: 'x', rows: [['通知书编号', '社区', '小区名称', '整改期限', '状态'], ['1号', '太平社区', '新村', '2024-03-01', '整改中'], ['2号', '太平社区', '新村', '2024-03-01', '说不清']] }],
});

/** Our own export: the app's ledger on 2024-03-25, one notice reopened with a new deadline. */
function ownExport(): Uint8Array {
  return exportNoticeLedger({ streetName: '牌楼街道', date: '2024-03-25' }, [
    { community: '牌楼社区', estate: '万科a区', record: noticeRow({ id: 'a', number: '〔2024〕第1号', deadline: '2024-03-22' }) },
    {
      community: '牌楼社区',
      estate: '万科a区',
      record: noticeRow({ id: 'b', serial: 2, number: '〔2024〕第2号', deadline: '2024-04-01', status: 'reopened', events: [{ type: 'rechecked', on: '2024-03-23', passed: false, note: '', newDeadline: '2024-04-01' }] }),
    },
  ]);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'street-ledger-overdue-'));
  writeFileSync(path.join(dir, '区整改台账.xlsx'), DISTRICT_LEDGER);
  writeFileSync(path.join(dir, 'bad.xlsx'), WITH_BAD_ROW);
  writeFileSync(path.join(dir, '本街道整改台账.xlsx'), ownExport());
  writeFileSync(path.join(dir, 'notes.txt'), '这不是表格');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('street-ledger overdue', () => {
  it('lists the notices overdue on the given day as JSON, longest overdue first', async () => {
    const result = await run('overdue', '区整改台账.xlsx', '本街道整改台账.xlsx', '--date', '2024-03-26', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      date: '2024-03-26',
      notices: [
        { number: '太平〔2024〕3号', community: '太平社区', estate: '锦绣花园', deadline: '2024-03-10', status: '待整改', daysOverdue: 16 },
        { number: '〔2024〕第1号', community: '牌楼社区', estate: '万科a区', deadline: '2024-03-22', status: '待整改', daysOverdue: 4 },
        { number: '太平〔2024〕5号', community: '太平社区', estate: '老街小区', deadline: '2024-03-25', status: '待整改', daysOverdue: 1 },
      ],
      files: [
        { file: '区整改台账.xlsx', error: null },
        { file: '本街道整改台账.xlsx', error: null },
      ],
    });
  });

  it('names in its JSON each file it could not use, with the reason, like check', async () => {
    const result = await run('overdue', 'notes.txt', '区整改台账.xlsx', '--date', '2024-03-26', '--json');
    expect(result.code).toBe(2);
    const doc = JSON.parse(result.stdout) as { notices: { number: string }[]; files: { file: string; error: string | null }[] };
    expect(doc.files.map((f) => f.file)).toEqual(['notes.txt', '区整改台账.xlsx']);
    expect(doc.files[0]?.error).toMatch(/[\u4e00-\u9fff]/);
    expect(doc.files[1]?.error).toBeNull();
    expect(doc.notices.map((n) => n.number)).toEqual(['太平〔2024〕3号', '太平〔2024〕5号']);
  });

  it('prints a table in Chinese, or says there is nothing overdue', async () => {
    const table = await run('overdue', '区整改台账.xlsx', '--date', '2024年3月11日');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('2024-03-11 逾期未整改的通知书：1 份');
    expect(table.stdout).toMatch(/太平〔2024〕3号\s+太平社区\s+锦绣花园\s+2024-03-10\s+待整改\s+1/);
    const none = await run('overdue', '区整改台账.xlsx', '--date', '2024-03-01');
    expect(none.stdout).toBe('2024-03-01 没有逾期未整改的通知书。');
  });

  it('exits 1 when rows could not be read, 2 when a file cannot be used or the date is wrong', async () => {
    const bad = await run('overdue', 'bad.xlsx', '--date', '2024-03-05');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('另有 1 行有错误，未计入');
    expect((await run('overdue', 'notes.txt', '区整改台账.xlsx', '--date', '2024-03-26')).code).toBe(2);
    expect((await run('overdue', 'missing.xlsx')).code).toBe(2);
    const date = await run('overdue', '区整改台账.xlsx', '--date', '3/26/24');
    expect(date.code).toBe(2);
    expect(date.stderr).toBe('无法识别的日期“3/26/24”，请写成 2024-03-15');
  });
});
