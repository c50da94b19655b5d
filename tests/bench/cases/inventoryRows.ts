import * as XLSX from 'xlsx';

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
