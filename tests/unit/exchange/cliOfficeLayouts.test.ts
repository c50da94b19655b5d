import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DISTRICT_LIST,
  DISTRICT_LIST_EXPECTED,
  ESTATE_TEMPLATE,
  ESTATE_TEMPLATE_EXPECTED,
  HTML_XLS_GB2312,
  noCommunityColumnBytes,
  SHEET_PER_COMMUNITY,
} from '../../fixtures/exchange/officeLayouts';
import { xlsxBytes } from '../../fixtures/exchange/workbooks';

/** `street-ledger` on the shapes offices send: the mapping shown, every suggestion it prints followable. */

const BIN = path.resolve(__dirname, '../../../bin/street-ledger.mjs');
let dir = '';

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error && typeof error.code === 'number' ? error.code : error ? -1 : 0, stdout, stderr });
    });
  });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'street-ledger-layouts-'));
  writeFileSync(path.join(dir, '小区导入模板.xlsx'), xlsxBytes(ESTATE_TEMPLATE));
  writeFileSync(path.join(dir, '无社区列.xlsx'), noCommunityColumnBytes());
  writeFileSync(path.join(dir, '小区名单.xls'), HTML_XLS_GB2312());
  writeFileSync(path.join(dir, '各社区.xlsx'), xlsxBytes(SHEET_PER_COMMUNITY));
  writeFileSync(path.join(dir, '全区.xlsx'), xlsxBytes(DISTRICT_LIST));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('check shows the mapping', () => {
  it('lists per sheet which column became which field, in JSON as sections[].columns', async () => {
    const run = await cli('check', '--json', '小区导入模板.xlsx');
    expect(run.code).toBe(0);
    const [file] = JSON.parse(run.stdout).files;
    expect(file.rows).toEqual({ read: 2, valid: 2, invalid: 0, skipped: 0 });
    expect(file.sections[0].columns).toEqual(ESTATE_TEMPLATE_EXPECTED.columns);
  });

  it('prints mapped and ignored columns, and warns about an ignored one that looks like a field', async () => {
    const run = await cli('check', '小区导入模板.xlsx');
    expect(run.stdout).toContain('K（小区物业公司(必填)）→ 物业服务企业');
    expect(run.stdout).toContain('未导入的列：A（地理位置）');
    expect(run.stdout).toContain('注意：L 列（物业项目经理）未导入');
  });
});

describe('refusals that can be followed', () => {
  it('says what the sheet has and lacks, suggests --community, and the suggestion works', async () => {
    const refused = await cli('check', '无社区列.xlsx');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('工作表“小区”第 1 行有“小区名称、户数”，但没有所属社区列（必填）；“区域”不是社区');
    expect(refused.stdout).toContain('--community');
    const followed = await cli('check', '--json', '--community', '天乐社区', '无社区列.xlsx');
    expect(followed.code).toBe(0);
    expect(JSON.parse(followed.stdout).files[0].rows).toEqual({ read: 2, valid: 2, invalid: 0, skipped: 0 });
  });

  it('reads the sheet and header row it is told to', async () => {
    const run = await cli('check', '--json', '--sheet', '新村社区', '--header-row', '2', '各社区.xlsx');
    const [file] = JSON.parse(run.stdout).files;
    expect([file.sheet, file.headerRow, file.rows.valid]).toEqual(['新村社区', 2, 1]);
    const bad = await cli('check', '--header-row', '第二行', '各社区.xlsx');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--header-row');
  });
});

describe('shapes', () => {
  it('checks a GB2312 web page saved as .xls', async () => {
    const run = await cli('check', '--json', '小区名单.xls');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0].rows).toEqual({ read: 3, valid: 3, invalid: 0, skipped: 0 });
  });

  it('checks a workbook with one sheet per community as one list, naming each sheet\'s community', async () => {
    const run = await cli('check', '--json', '各社区.xlsx');
    expect(run.code).toBe(0);
    const [section] = JSON.parse(run.stdout).files[0].sections;
    expect(section.parts.map((p: { sheet: string; fixed: Record<string, string> }) => [p.sheet, p.fixed.community])).toEqual([
      ['天乐社区', '天乐社区'],
      ['新村社区', '新村社区'],
    ]);
    expect(section.rows).toEqual({ read: 3, valid: 3, invalid: 0, skipped: 0 });
  });

  it('summarises a district list with street + community as the community', async () => {
    const run = await cli('summary', '--json', '全区.xlsx');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.communities.map((c: Record<string, unknown>) => ({ name: c.name, street: c.street, class1: c.class1, class2: c.class2, class3: c.class3, total: c.total }))).toEqual(
      DISTRICT_LIST_EXPECTED.summary,
    );
  });
});
