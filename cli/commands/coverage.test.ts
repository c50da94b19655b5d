import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxBytes } from '../../tests/fixtures/exchange/workbooks';
import type { CommitteeTerm } from '../../shared/committees/types';
import type { Community } from '../../shared/estates/community';
import type { Estate } from '../../shared/estates/estate';
import { exportFullWorkbook } from '../../shared/exchange/export/fullWorkbook';
import { main } from '../main';

/** The command run in-process on files in a temporary folder: output and exit code. */

let dir = '';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, dir);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const DISTRICT_LIST = xlsxBytes({
  sheets: [
    {
      name: '业委会',
      rows: [
        ['南岸区业主委员会成立情况统计表'],
        ['社区', '小区名称', '小区类别', '届次', '选举日期', '任期（年）', '备案日期', '备案号', '主任', '联系电话'],
        ['太平社区', '锦绣花园', '一类', '第二届', '2024-05-15', 5, null, null, '张伟', '13800000001'],
        ['太平社区', '机关宿舍', '二类', null, null, null, null, null, null, null],
        ['太平社区', '滨江苑', '一类', '第一届', '2019-03-01', 5, '2019-03-20', '太备3号', '陈静', null],
        ['牌楼社区', '老街小区', '三类', '1', '2021-06-01', '3', '2021-06-30', '牌备1号', null, null],
        ['牌楼社区', '新村', '三类', '1', '2023-01-10', null, '2023-01-20', null, null, null],
      ],
    },
  ],
});

const WITH_BAD_ROW = xlsxBytes({
  sheets: [{ name: 'Sheet1', rows: [['社区', '小区名称', '届次', '选举日期'], ['太平社区', '锦绣花园', '第一届', '2024-05-15'], ['太平社区', '滨江苑', '第一届', '前年']] }],
});

/** Our own full workbook: 社区, 小区, then the committee sheets. */
function ownExport(): Uint8Array {
  const community: Community = { id: 'c', name: '太平社区', nameKey: '太平社区', kind: 'community', director: '', phone: '', planned: { total: null, class1: null, class2: null, class3: null }, createdAt: 0, updatedAt: 0 };
  const estate = (id: string, name: string, estateClass: Estate['estateClass']): Estate => ({
    id, communityId: 'c', name, aliases: [], nameKey: name, estateClass, mode: 'unspecified', company: '', companyId: null, buildings: null, households: null, floorArea: null, address: '', pilot: false, notes: '', createdAt: 0, updatedAt: 0,
  });
  const estates = [estate('e1', '锦绣花园', 1), estate('e2', '机关宿舍', 2)];
  const term: CommitteeTerm = {
    id: 't', estateId: 'e1', termNumber: 1, electedOn: '2024-05-15', startOn: '2024-05-15', endOn: '2029-05-15', filedOn: '2024-06-05', filingNumber: '太备12号', notes: '',
    members: [{ id: 'm', name: '王建国', role: 'chair', phone: '', building: '', room: '', joinedOn: null, leftOn: null, leftReason: null }], createdAt: 0, updatedAt: 0,
  };
  return exportFullWorkbook({ communities: [community], estates, terms: [term] });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'street-ledger-coverage-'));
  writeFileSync(path.join(dir, '区业委会名单.xlsx'), DISTRICT_LIST);
  writeFileSync(path.join(dir, 'bad-row.xlsx'), WITH_BAD_ROW);
  writeFileSync(path.join(dir, 'notes.txt'), '这不是表格');
  writeFileSync(path.join(dir, '台账.xlsx'), ownExport());
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('street-ledger coverage', () => {
  it('prints the coverage and each estate status on the day as JSON; exit 0', async () => {
    const result = await run('coverage', '区业委会名单.xlsx', '--date', '2024-06-20', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      date: '2024-06-20',
      communities: [
        { name: '太平社区', estates: 3, withAssembly: 2, withCommittee: 2, filed: 1, expired: 1 },
        { name: '牌楼社区', estates: 2, withAssembly: 2, withCommittee: 2, filed: 2, expired: 1 },
      ],
      totals: { estates: 5, withAssembly: 4, withCommittee: 4, filed: 3, expired: 2 },
      estates: [
        // Elected 15 May, not filed: day 36 on 20 June.
        { community: '太平社区', name: '锦绣花园', status: '备案逾期' },
        { community: '太平社区', name: '机关宿舍', status: '未组建' },
        // Five years from 2019-03-01 ended on 2024-03-01.
        { community: '太平社区', name: '滨江苑', status: '已到期未换届' },
        // Three years from 2021-06-01 ended on 2024-06-01: expired, though filed.
        { community: '牌楼社区', name: '老街小区', status: '已到期未换届' },
        { community: '牌楼社区', name: '新村', status: '已备案' },
      ],
      files: [{ file: '区业委会名单.xlsx', error: null }],
    });
  });

  it('names in its JSON each file it could not use, with the reason, like check', async () => {
    const result = await run('coverage', 'notes.txt', '区业委会名单.xlsx', '--date', '2024-06-20', '--json');
    expect(result.code).toBe(2);
    const doc = JSON.parse(result.stdout) as { totals: { estates: number }; files: { file: string; error: string | null }[] };
    expect(doc.files.map((f) => f.file)).toEqual(['notes.txt', '区业委会名单.xlsx']);
    expect(doc.files[0]?.error).toMatch(/[\u4e00-\u9fff]/);
    expect(doc.files[1]?.error).toBeNull();
    expect(doc.totals.estates).toBe(5);
  });

  it('moves with --date: in the filing window, and within the warning months', async () => {
    const early = JSON.parse((await run('coverage', '区业委会名单.xlsx', '--date', '2024年6月14日', '--json')).stdout) as { estates: { name: string; status: string }[] };
    expect(early.estates.find((e) => e.name === '锦绣花园')?.status).toBe('已选举未备案');
    const before = JSON.parse((await run('coverage', '区业委会名单.xlsx', '--date', '2024-03-01', '--json')).stdout) as { estates: { name: string; status: string }[] };
    expect(before.estates.map((e) => e.status)).toEqual(['未组建', '未组建', '即将到期', '即将到期', '已备案']);
  });

  it('prints a table with shares, the street by class, and the statuses as text', async () => {
    const result = await run('coverage', '区业委会名单.xlsx', '--date', '2024-06-20');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('业主大会、业主委员会覆盖情况（截至 2024-06-20）');
    expect(lines[1]?.split(/\s{2,}/)).toEqual(['社区', '小区数', '已召开业主大会', '已成立业委会', '已备案', '任期届满未换届']);
    expect(lines[2]?.split(/\s{2,}/)).toEqual(['太平社区', '3', '2（66.7%）', '2（66.7%）', '1（33.3%）', '1（33.3%）']);
    expect(lines[4]?.split(/\s{2,}/)).toEqual(['街道合计', '5', '4（80.0%）', '4（80.0%）', '3（60.0%）', '2（40.0%）']);
    expect(lines).toContain('街道合计，按小区类别：');
    expect(lines.find((l) => l.startsWith('三类'))?.split(/\s{2,}/)).toEqual(['三类', '2', '2（100.0%）', '2（100.0%）', '2（100.0%）', '1（50.0%）']);
    expect(lines).toContain('  太平社区 / 锦绣花园：备案逾期');
  });

  it('speaks English with --lang en, but keeps the Chinese status labels in JSON', async () => {
    const text = await run('coverage', '区业委会名单.xlsx', '--date', '2024-06-20', '--lang', 'en');
    expect(text.stdout).toContain('  太平社区 / 锦绣花园: Filing overdue');
    const json = JSON.parse((await run('coverage', '区业委会名单.xlsx', '--date', '2024-06-20', '--json', '--lang', 'en')).stdout) as { estates: { status: string }[] };
    expect(json.estates[0]?.status).toBe('备案逾期');
  });

  it('reads our own full workbook: estates from 小区, terms from 业委会届次', async () => {
    const result = await run('coverage', '台账.xlsx', '--date', '2024-06-10', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      date: '2024-06-10',
      communities: [{ name: '太平社区', estates: 2, withAssembly: 1, withCommittee: 1, filed: 1, expired: 0 }],
      totals: { estates: 2, withAssembly: 1, withCommittee: 1, filed: 1, expired: 0 },
      estates: [
        { community: '太平社区', name: '锦绣花园', status: '已备案' },
        { community: '太平社区', name: '机关宿舍', status: '未组建' },
      ],
      files: [{ file: '台账.xlsx', error: null }],
    });
  });

  it('exits 1 when some rows are invalid; the estate still counts, its unreadable term does not', async () => {
    const result = await run('coverage', 'bad-row.xlsx', '--date', '2024-06-20', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).totals).toEqual({ estates: 2, withAssembly: 1, withCommittee: 1, filed: 0, expired: 0 });
    expect((await run('coverage', 'bad-row.xlsx', '--date', '2024-06-20')).stdout).toContain('另有 1 行无效，未计入统计（可用 check 命令查看原因）');
  });

  it('exits 2 for a file it cannot use or a date it cannot read, saying why in Chinese', async () => {
    const unusable = await run('coverage', 'notes.txt', '区业委会名单.xlsx', '--date', '2024-06-20');
    expect(unusable.code).toBe(2);
    expect(unusable.stdout).toContain('文件：notes.txt');
    expect(unusable.stdout).toContain('  太平社区 / 锦绣花园：备案逾期');
    const badDate = await run('coverage', '区业委会名单.xlsx', '--date', '6/20/24');
    expect(badDate).toEqual({ code: 2, stdout: '', stderr: '日期“6/20/24”无法识别，应写成 2024-06-10' });
  });
});
