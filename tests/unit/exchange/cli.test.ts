import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_FILES } from '../../fixtures/exchange/hostile';
import { MESSY_WORKBOOK, PLAN5_WORKBOOK, xlsxBytes } from '../../fixtures/exchange/workbooks';

/** `street-ledger` run the way a clerk runs it: a subprocess on files, output and exit code checked. */

const BIN = path.resolve(__dirname, '../../../bin/street-ledger.mjs');
const FIXTURES = path.resolve(__dirname, '../../fixtures/exchange/files');
let dir = '';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return cliWith({}, ...args);
}

function cliWith(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const options = { cwd: dir, timeout: 60_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ...env } };
    execFile(process.execPath, [BIN, ...args], options, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const VALID_RETURN = xlsxBytes({
  sheets: [{ name: '小区', rows: [['万安街道物业小区统计表'], ['所属社区', '小区名称', '小区类别', '户数'], ['印盒石社区', '阳光花园', '一类', 100], ['印盒石社区', '新华里', '二类', 50]] }],
});

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'street-ledger-cli-'));
  writeFileSync(path.join(dir, '牌楼街道返回表.xlsx'), xlsxBytes(MESSY_WORKBOOK));
  writeFileSync(path.join(dir, 'plan5.xlsx'), xlsxBytes(PLAN5_WORKBOOK));
  writeFileSync(path.join(dir, 'valid.xlsx'), VALID_RETURN);
  copyFileSync(path.join(FIXTURES, 'messy.ods'), path.join(dir, 'messy.ods'));
  for (const name of ['empty.xlsx', 'html-renamed.xls', 'bomb-liar.xlsx', 'no-header.xlsx', 'truncated-half.xlsx']) {
    const file = HOSTILE_FILES.find((f) => f.name === name);
    if (file) writeFileSync(path.join(dir, name), file.make());
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('street-ledger check', () => {
  it('prints sheet, header row, counts and every invalid row with its column and reason; exit 1', async () => {
    const run = await cli('check', '牌楼街道返回表.xlsx');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['文件：牌楼街道返回表.xlsx', '  工作表：小区情况（小区），表头：第 3 行', '  读取 21 行：有效 12，无效 5，跳过 4']);
    expect(lines).toContain('  第 18 行 C 列（小区名称）：与第 11 行重复（观音岩社区 / 翠竹园）');
    expect(lines).toContain('  第 19 行 D 列（小区类别）：无法识别的小区类别“四类”，应为一类、二类、三类或留空');
    expect(lines).toContain('  跳过（合计行）：第 9、23 行');
  }, 60_000);

  it('prints one JSON document in the documented shape, rows as Excel numbers them', async () => {
    const run = await cli('check', '--json', '牌楼街道返回表.xlsx', 'messy.ods', 'valid.xlsx');
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { files: { file: string; error: string | null; sheet: string; headerRow: number; rows: unknown; problems: { row: number; column: string; message: string }[] }[] };
    expect(doc.files.map((f) => [f.file, f.error, f.sheet, f.headerRow, f.rows])).toEqual([
      ['牌楼街道返回表.xlsx', null, '小区情况', 3, { read: 21, valid: 12, invalid: 5, skipped: 4 }],
      ['messy.ods', null, '小区情况', 3, { read: 21, valid: 12, invalid: 5, skipped: 4 }],
      ['valid.xlsx', null, '小区', 2, { read: 2, valid: 2, invalid: 0, skipped: 0 }],
    ]);
    expect(doc.files[0]?.problems[0]).toMatchObject({ row: 18, column: 'C', message: '名称：与第 11 行重复（观音岩社区 / 翠竹园）' });
    expect(doc.files[1]?.problems).toEqual(doc.files[0]?.problems);
  }, 60_000);

  it('exits 0 when every row of every file is valid', async () => {
    const run = await cli('check', 'valid.xlsx');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('读取 2 行：有效 2，无效 0，跳过 0');
  }, 60_000);

  it('exits 2 with one Chinese line per unusable file, never a stack trace', async () => {
    const files = ['empty.xlsx', 'html-renamed.xls', 'bomb-liar.xlsx', 'no-header.xlsx', 'truncated-half.xlsx', '不存在.xlsx'];
    const run = await cli('check', '--json', 'valid.xlsx', ...files);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout) as { files: { file: string; error: string | null }[] };
    expect(doc.files[0]?.error).toBeNull();
    for (const f of doc.files.slice(1)) {
      expect(f.error).toMatch(/[\u4e00-\u9fff]/);
      expect(f.error).not.toMatch(/\n|Error|\bat\s/);
    }
    expect(doc.files.find((f) => f.file === 'html-renamed.xls')?.error).toContain('网页');
    const text = await cli('check', 'empty.xlsx');
    expect(text.stdout).toBe('文件：empty.xlsx\n  无法使用：文件是空的（0 字节），请确认选对了文件\n');
  }, 60_000);
});

describe('isolation', () => {
  it('stops a file that takes too long with one line, and goes on with the next', async () => {
    const run = await cliWith({ STREET_LEDGER_TIME_LIMIT_MS: '1' }, 'check', '--json', 'valid.xlsx', 'plan5.xlsx');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout) as { files: { file: string; error: string | null }[] };
    expect(doc.files.map((f) => [f.file, f.error])).toEqual([
      ['valid.xlsx', '处理时间过长，已停止；文件可能已损坏或过于复杂'],
      ['plan5.xlsx', '处理时间过长，已停止；文件可能已损坏或过于复杂'],
    ]);
  }, 60_000);
});

describe('isolation under memory pressure', () => {
  it('reports a file that needs more memory than allowed as too complex, not a crash', async () => {
    const run = await cliWith({ STREET_LEDGER_MEMORY_LIMIT_MB: '4' }, 'check', '--json', 'valid.xlsx');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout) as { files: { error: string | null }[] };
    expect(doc.files[0]?.error).toBe('文件过于复杂或已损坏，读取时占用内存过多，已停止');
  }, 60_000);
});

describe('street-ledger summary', () => {
  it('tables the valid rows by community and class and reconciles them with the plan', async () => {
    const run = await cli('summary', '--json', '牌楼街道返回表.xlsx', 'plan5.xlsx');
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as {
      communities: { name: string; class1: number; class2: number; class3: number; unclassified: number; total: number; planned: unknown }[];
      totals: unknown;
      mismatches: { community: string; reason: string }[];
    };
    expect(doc.communities[0]).toEqual({ name: '印盒石社区', street: null, class1: 3, class2: 1, class3: 1, unclassified: 0, total: 5, planned: { total: 17, class1: 1, class2: 12, class3: 4 } });
    expect(doc.communities).toHaveLength(9);
    expect(doc.totals).toEqual({ class1: 4, class2: 3, class3: 3, unclassified: 2, total: 12 });
    expect(doc.mismatches).toContainEqual({ community: '大河沟社区', reason: '规划分类不平：3+3+4 = 10，与规划总数 20 不符' });
    expect(doc.mismatches).toContainEqual({ community: '印盒石社区', reason: '二类：实有 1 个，规划 12 个，相差 -11' });
    const text = await cli('summary', 'valid.xlsx');
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').slice(0, 3)).toEqual(['社区        一类  二类  三类  未分类  合计', '印盒石社区     1     1     0       0     2', '合计           1     1     0       0     2']);
  }, 60_000);
});

describe('street-ledger merge', () => {
  it('writes one workbook with source file and street columns and reports duplicates across files', async () => {
    const run = await cli('merge', '--json', '牌楼街道返回表.xlsx', 'valid.xlsx', 'messy.ods', '-o', '汇总.xlsx');
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { output: string; rows: number; duplicates: { community: string; name: string; first: unknown; duplicate: unknown }[] };
    expect(doc.output).toBe('汇总.xlsx');
    expect(doc.rows).toBe(14);
    expect(doc.duplicates).toHaveLength(12);
    expect(doc.duplicates[0]).toEqual({ street: '牌楼街道', community: '印盒石社区', name: '阳光花园', first: { file: '牌楼街道返回表.xlsx', row: 4 }, duplicate: { file: 'messy.ods', row: 4 } });
    const book = XLSX.read(new Uint8Array(readFileSync(path.join(dir, '汇总.xlsx'))), { type: 'array' });
    expect(book.SheetNames).toEqual(['小区', '重复记录']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['小区']!, { header: 1 });
    expect(rows[0]?.slice(0, 4)).toEqual(['来源文件', '街道', '所属社区', '小区名称']);
    expect(rows[1]?.slice(0, 4)).toEqual(['牌楼街道返回表.xlsx', '牌楼街道', '印盒石社区', '阳光花园']);
    // Same community and estate name, another street: not a duplicate.
    expect(rows[13]?.slice(0, 4)).toEqual(['valid.xlsx', '万安街道', '印盒石社区', '阳光花园']);
    expect(rows[14]?.slice(0, 4)).toEqual(['valid.xlsx', '万安街道', '印盒石社区', '新华里']);
  }, 60_000);

  it('refuses to run without -o, or onto one of its inputs', async () => {
    expect((await cli('merge', 'valid.xlsx')).code).toBe(2);
    const onto = await cli('merge', 'valid.xlsx', '-o', 'valid.xlsx');
    expect([onto.code, onto.stderr.trim()]).toEqual([2, '输出文件 valid.xlsx 同时也是输入文件，请换一个文件名']);
    expect(existsSync(path.join(dir, 'valid.xlsx'))).toBe(true);
  }, 60_000);
});

describe('usage', () => {
  it('explains itself and exits 2 on a usage mistake, in English when asked', async () => {
    const none = await cli();
    expect([none.code, none.stdout.split('\n')[0]]).toEqual([2, '用法：street-ledger <命令> [选项] 文件...']);
    const unknown = await cli('frob', 'x.xlsx');
    expect(unknown.code).toBe(2);
    // Later issues register more commands; the ones of this issue come first.
    expect(unknown.stderr.split('\n')[0]).toMatch(/^未知命令“frob”；可用命令：check、summary、merge/);
    const noFiles = await cli('check', '--lang', 'en');
    expect([noFiles.code, noFiles.stderr.trim()]).toEqual([2, 'Give at least one file']);
    const badKind = await cli('check', '--kind', 'houses', 'valid.xlsx');
    expect(badKind.code).toBe(2);
  }, 60_000);
});
