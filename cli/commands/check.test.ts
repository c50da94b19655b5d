import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCHANGE_KINDS, recordKind } from '../../shared/exchange/kinds';
import { openTestDb } from '../../renderer/db/testing/testDb';
import { fullWorkbookOf } from '../../renderer/exchange/fullWorkbookOf';
import { seedEveryKind } from '../../renderer/exchange/testing/everyKind';
import { xlsxBytes } from '../../tests/fixtures/exchange/workbooks';
import { CommandRun } from '../testing/commandRun';

/** `check`, `summary` and `merge` read each sheet as the kind the app's import reads it as. */

const command = new CommandRun();
const run = (...argv: string[]) => command.run(...argv);

const COMMITTEE_LIST = xlsxBytes({
  sheets: [
    {
      name: '业委会',
      rows: [
        ['社区', '小区名称', '届次', '选举日期', '任期届满日期', '备案日期', '备案号', '主任', '联系电话'],
        ['太平社区', '锦绣花园', '第二届', '2024-05-15', '2029-05-14', '2024-06-01', '牌备〔2024〕3号', '王芳', '13800138000'],
        ['太平社区', '滨江苑', '第一届', '2023-03-01', '2028-02-28', null, null, '陈静', null],
      ],
    },
  ],
});

const NOTICE_LEDGER = xlsxBytes({
  sheets: [
    {
      name: '整改台账',
      rows: [
        ['通知书编号', '社区', '小区名称', '下发日期', '整改期限', '整改情况'],
        ['太平〔2024〕3号', '太平社区', '锦绣花园', '2024-03-01', '2024-03-10', '整改中'],
      ],
    },
  ],
});

const ESTATES_AND_TERMS = xlsxBytes({
  sheets: [
    { name: '小区', rows: [['所属社区', '小区名称', '小区类别'], ['太平社区', '锦绣花园', '一类'], ['太平社区', '滨江苑', '二类']] },
    { name: '业委会届次', rows: [['所属社区', '小区名称', '届次', '选举日期'], ['太平社区', '锦绣花园', 1, '2024-05-15']] },
  ],
});

beforeAll(() => {
  command.write('业委会名单.xlsx', COMMITTEE_LIST);
  command.write('整改台账.xlsx', NOTICE_LEDGER);
  command.write('台账.xlsx', ESTATES_AND_TERMS);
});
afterAll(() => command.remove());

interface CheckJson {
  files: { file: string; kind: string | null; sections: { kind: string; sheet: string; rows: { valid: number; invalid: number } }[] }[];
}

describe('street-ledger check sees every sheet as the import does', () => {
  it('reads a committee list as committee terms, not as communities with duplicate names', async () => {
    const result = await run('check', '--json', '业委会名单.xlsx');
    expect(result.code).toBe(0);
    const [file] = (JSON.parse(result.stdout) as CheckJson).files;
    expect(file?.kind).toBe('committeeTerms');
    expect(file?.sections.map((s) => [s.kind, s.sheet, s.rows.valid, s.rows.invalid])).toEqual([['committeeTerms', '业委会', 2, 0]]);
    expect((await run('check', '业委会名单.xlsx')).stdout).toContain('工作表：业委会（业委会届次）');
  });

  it('reads a rectification ledger as notices, not as an estate list', async () => {
    const [file] = (JSON.parse((await run('check', '--json', '整改台账.xlsx')).stdout) as CheckJson).files;
    expect(file?.sections.map((s) => s.kind)).toEqual(['notices']);
  });

  it('lists each kind of a workbook, estates first', async () => {
    const [file] = (JSON.parse((await run('check', '--json', '台账.xlsx')).stdout) as CheckJson).files;
    expect(file?.sections.map((s) => [s.kind, s.sheet])).toEqual([['estates', '小区'], ['committeeTerms', '业委会届次']]);
  });

  it('names every sheet of the full workbook by its kind of the registry, a kind registered later too', async () => {
    const db = await openTestDb();
    try {
      await seedEveryKind(db);
      command.write('全街道.xlsx', await fullWorkbookOf(db, 'shown'));
    } finally {
      db.close();
    }
    const result = await run('check', '--json', '全街道.xlsx');
    const [file] = (JSON.parse(result.stdout) as CheckJson).files;
    const written = EXCHANGE_KINDS.filter((kind) => recordKind(kind).exportSheet !== undefined);
    expect(written.length).toBeGreaterThan(10);
    expect(file?.sections.map((s) => s.kind)).toEqual(['estates', ...written.filter((kind) => kind !== 'estates')]);
    expect(file?.sections.every((s) => s.rows.valid > 0 && s.rows.invalid === 0), JSON.stringify(file?.sections.map((s) => [s.kind, s.rows]))).toBe(true);
    expect(result.code).toBe(0);
    // The text output heads each section with its kind's name from the catalog.
    expect((await run('check', '全街道.xlsx')).stdout).toContain('（整改过程）');
  });

  it('takes any kind of the registry for --kind and names them all when it is not one', async () => {
    const [file] = (JSON.parse((await run('check', '--json', '--kind', 'notices', '整改台账.xlsx')).stdout) as CheckJson).files;
    expect(file?.sections.map((s) => s.kind)).toEqual(['notices']);
    const refused = await run('check', '--kind', 'estate', '整改台账.xlsx');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('creditEntries（信用记录）');
  });

  it('counts no committee list in the summary, and merges only its estates', async () => {
    const summary = JSON.parse((await run('summary', '--json', '业委会名单.xlsx', '台账.xlsx')).stdout) as { totals: { total: number } };
    expect(summary.totals.total).toBe(2);
    const merged = JSON.parse((await run('merge', '--json', '业委会名单.xlsx', '台账.xlsx', '-o', '汇总.xlsx')).stdout) as { rows: number; files: { sheets: { kind: string }[] }[] };
    expect(merged.rows).toBe(2);
    expect(merged.files.map((f) => f.sheets.map((s) => s.kind))).toEqual([['committeeTerms'], ['estates', 'committeeTerms']]);
  });
});
