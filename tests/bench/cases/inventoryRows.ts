import * as XLSX from 'xlsx';
import type { Community } from '../../../shared/estates/community';
import type { Estate } from '../../../shared/estates/estate';

/** A street's returns at scale: `count` estates over 40 communities, as a district's xlsx. */
export const BENCH_COMMUNITIES = Array.from({ length: 40 }, (_, i) => `第${i + 1}社区`);

const CLASSES = ['一类', '二类', '三类', ''];
const MODES = ['市场化物业服务', '单位自管', '街道物业服务中心托管', '业主自管', '失管/弃管', '经济适用房'];

export function estateSheetRows(count: number): (string | number)[][] {
  const rows: (string | number)[][] = [['所属社区', '小区名称', '小区类别', '管理模式', '物业服务企业', '楼幢数', '户数', '小区地址', '是否试点']];
  for (let i = 0; i < count; i++) {
    rows.push([
      BENCH_COMMUNITIES[i % BENCH_COMMUNITIES.length]!,
      `测试小区${i}`,
      CLASSES[i % 4]!,
      MODES[i % MODES.length]!,
      `物业公司${i % 300}`,
      (i % 30) + 1,
      (i % 900) + 20,
      `测试路${i}号`,
      i % 50 === 0 ? '是' : '否',
    ]);
  }
  return rows;
}

export function estateWorkbook(count: number): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(estateSheetRows(count)), '小区');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** The same street as stored rows: 40 communities and `count` estates, as the app would hold them. */
export function benchInventory(count: number): { communities: Community[]; estates: Estate[] } {
  const communities: Community[] = BENCH_COMMUNITIES.map((name, i) => ({
    id: `c${i}`, name, nameKey: name, kind: 'community', director: '', phone: '', planned: { total: null, class1: null, class2: null, class3: null },
    createdAt: i, updatedAt: i,
  }));
  const estates: Estate[] = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`, communityId: `c${i % communities.length}`, name: `测试小区${i}`, aliases: [], nameKey: `测试小区${i}`,
    estateClass: (i % 4) as Estate['estateClass'], mode: 'market', company: `物业公司${i % 300}`, companyId: null, buildings: (i % 30) + 1,
    households: (i % 900) + 20, floorArea: null, address: `测试路${i}号`, pilot: i % 50 === 0, notes: '', createdAt: i, updatedAt: i,
  }));
  return { communities, estates };
}
