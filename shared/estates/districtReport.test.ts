import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Community } from './community';
import type { Estate } from './estate';
import { PLAN5_COMMUNITIES } from './examplePlan5';
import { nameKey } from '../common/text';
import { communitiesMapping } from './communityMapping';
import { estatesMapping } from './estateMapping';
import { analyseWorkbook } from '../exchange/pipeline';
import { exportDistrictReport } from './districtReport';

const communities: Community[] = PLAN5_COMMUNITIES.map((c, i) => ({ ...c, id: `c${i}`, nameKey: nameKey(c.name), createdAt: 0, updatedAt: 0 }));
const estate = (i: number, communityId: string, estateClass: Estate['estateClass'], households: number | null): Estate => ({
  id: `e${i}`, communityId, name: `小区${i}`, aliases: [], nameKey: `小区${i}`, estateClass, mode: 'market', company: '', companyId: null, buildings: 2, households,
  floorArea: 1000.5, address: '', pilot: false, notes: '', createdAt: 0, updatedAt: 0,
});
const estates = [estate(1, 'c0', 1, 100), estate(2, 'c0', 2, 50), estate(3, 'c5', 0, null), estate(4, 'c3', 3, 7)];
const report = exportDistrictReport({ streetName: '牌楼街道', date: '2024-03-15' }, { communities, estates });
const book = XLSX.read(report, { type: 'array', cellStyles: true });
const table = book.Sheets['分类统计']!;
const rows = XLSX.utils.sheet_to_json<unknown[]>(table, { header: 1, defval: null });

describe('the district table', () => {
  it('has plan 5 layout: title, unit and date, 其中 merged over the classes, one row per community', () => {
    expect(book.SheetNames).toEqual(['分类统计', '小区名单', '社区名单']);
    expect(rows[0]?.[0]).toBe('牌楼街道物业管理小区分类统计表');
    expect([rows[1]?.[0], rows[1]?.[9]]).toEqual(['填报单位：牌楼街道', '填报日期：2024-03-15']);
    expect(rows[2]).toEqual(['序号', '社区', '规划数', '其中', null, null, '实有数', '其中', null, null, null, '核对说明']);
    expect(rows[3]).toEqual([null, null, null, '一类', '二类', '三类', null, '一类', '二类', '三类', '未分类', null]);
    const merges = (table['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m));
    expect(merges).toEqual(expect.arrayContaining(['A1:L1', 'D3:F3', 'H3:K3', 'A3:A4', 'B3:B4', 'C3:C4', 'G3:G4', 'L3:L4']));
    expect(rows[4]?.slice(0, 11)).toEqual([1, '印盒石社区', 17, 1, 12, 4, 2, 1, 1, 0, 0]);
    expect(rows[9]?.slice(0, 11)).toEqual([6, '大河沟社区', 20, 3, 3, 4, 1, 0, 0, 0, 1]);
  });

  it('ends with the street totals and says what does not add up, in Chinese', () => {
    const totals = rows[13];
    expect(totals?.slice(0, 11)).toEqual(['合计', null, 176, 21, 55, 90, 4, 1, 1, 1, 1]);
    expect(String(totals?.[11])).toContain('规划分类不平：21+55+90 = 166，与规划总数 176 不符');
    expect(String(rows[9]?.[11])).toContain('规划分类不平：3+3+4 = 10，与规划总数 20 不符');
    expect(String(rows[4]?.[11])).toContain('二类：实有 1 个，规划 12 个，相差 -11');
  });

  it('sets column widths so Chinese names fit', () => {
    const cols = table['!cols'] ?? [];
    expect(cols[1]?.wch).toBeGreaterThanOrEqual(12);
  });

  it('reads back through the import as the communities with their plans', async () => {
    const back = await analyseWorkbook(report, 'r.xlsx', communitiesMapping, { sheet: '分类统计' });
    expect(back.rows.valid.map((r) => [r.value.name, r.value.planned])).toEqual(communities.map((c) => [c.name, c.planned]));
    expect(back.rows.skipped.map((s) => s.reason)).toEqual(['total']);
  });
});

describe('the estate list', () => {
  it('numbers the estates by community and ends with totals; it reads back as the estates', async () => {
    const list = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['小区名单']!, { header: 1, defval: null });
    expect(list[2]?.slice(0, 4)).toEqual(['序号', '所属社区', '小区名称', '小区类别']);
    expect(list.slice(3, 7).map((r) => r.slice(0, 4))).toEqual([
      [1, '印盒石社区', '小区1', '一类'],
      [2, '印盒石社区', '小区2', '二类'],
      [3, '石峰村', '小区4', '三类'],
      [4, '大河沟社区', '小区3', '未分类'],
    ]);
    expect(list[7]?.slice(0, 9)).toEqual(['合计', null, '共 4 个', null, null, null, 8, 157, 4002]);
    const back = await analyseWorkbook(report, 'r.xlsx', estatesMapping, { sheet: '小区名单' });
    expect(back.counts).toMatchObject({ valid: 4, invalid: 0, skipped: 1 });
  });
});

describe('the community list', () => {
  it('lists directors and phones, phones as text cells; it reads back as the communities', async () => {
    const withPhones = communities.map((c, i) => ({ ...c, director: `主任${i}`, phone: `028${String(i).padStart(8, '0')}` }));
    const bytes = exportDistrictReport({ streetName: '牌楼街道', date: '2024-03-15' }, { communities: withPhones, estates });
    const sheet = XLSX.read(bytes, { type: 'array', cellNF: true }).Sheets['社区名单']!;
    const list = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
    expect(list[0]?.[0]).toBe('牌楼街道社区（村）基本情况表');
    expect(list[2]).toEqual(['序号', '社区名称', '类型', '负责人', '联系电话', '规划总数', '规划一类', '规划二类', '规划三类']);
    expect(list[3]).toEqual([1, '印盒石社区', '社区', '主任0', '02800000000', 17, 1, 12, 4]);
    expect(sheet['E4']).toMatchObject({ t: 's', v: '02800000000', z: '@' });
    const back = await analyseWorkbook(bytes, 'r.xlsx', communitiesMapping, { sheet: '社区名单' });
    expect(back.rows.valid.map((r) => [r.value.name, r.value.phone])).toEqual(withPhones.map((c) => [c.name, c.phone]));
  });
});
