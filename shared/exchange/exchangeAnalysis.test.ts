import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { analyseExchange } from './exchangeAnalysis';
import { readWorkbook } from './read';

function workbook(sheets: Record<string, (string | number | null)[][]>): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const options = { stored: { committeeTerms: new Set<string>() }, rules: { defaultTermYears: 5 } } as const;

describe('analyseExchange', () => {
  it('reads a district committee list as committee terms, not as estates', async () => {
    const bytes = workbook({
      业委会: [
        ['社区', '小区名称', '届次', '选举日期', '任期届满日期', '备案日期', '备案号', '主任', '联系电话'],
        ['太平社区', '锦绣花园', '第二届', '2024-05-15', '2029-05-14', '2024-06-01', '牌备〔2024〕3号', '王芳', '13800138000'],
      ],
    });
    const analysis = analyseExchange(await readWorkbook(bytes, 'list.xlsx'), options);
    expect(analysis.estates).toBeNull();
    expect(analysis.communities).toBeNull();
    expect(analysis.committeeTerms?.counts).toMatchObject({ valid: 1, invalid: 0 });
  });

  it('gives each sheet of a full workbook to its own kind', async () => {
    const bytes = workbook({
      社区: [['社区名称', '规划总数'], ['太平社区', 1]],
      小区: [['所属社区', '小区名称', '小区类别'], ['太平社区', '锦绣花园', '一类']],
      业委会届次: [['所属社区', '小区名称', '届次', '选举日期'], ['太平社区', '锦绣花园', 1, '2024-05-15']],
    });
    const analysis = analyseExchange(await readWorkbook(bytes, 'full.xlsx'), options);
    expect(analysis.communities?.sheet.name).toBe('社区');
    expect(analysis.estates?.sheet.name).toBe('小区');
    expect(analysis.committeeTerms?.sheet.name).toBe('业委会届次');
    expect(analysis.committeeMembers).toBeNull();
  });

  it('lets a term name an estate the same file brings, and refuses one nobody knows', async () => {
    const bytes = workbook({
      小区: [['所属社区', '小区名称'], ['太平社区', '锦绣花园']],
      业委会届次: [['所属社区', '小区名称', '届次', '选举日期'], ['太平社区', '锦绣花园', 1, '2024-05-15'], ['太平社区', '不存在', 1, '2024-05-15']],
    });
    const analysis = analyseExchange(await readWorkbook(bytes, 'x.xlsx'), {
      ...options,
      stored: { ...options.stored, communities: new Set(['太平社区']), estates: new Set<string>() },
    });
    expect(analysis.committeeTerms?.counts).toMatchObject({ valid: 1, invalid: 1 });
  });
});
