import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from './grid';
import { searchHeader } from './headerSearch';
import { communitiesMapping } from '../estates/communityMapping';
import { estatesMapping } from '../estates/estateMapping';

function grid(rows: CellValue[][]): Grid {
  return { name: 'S', rows, width: Math.max(...rows.map((r) => r.length)), shown: new Map(), merges: [], cutOff: { rows: false, columns: false }, hidden: false };
}

describe('searchHeader', () => {
  it('does not take a data row that mentions 社区 and 小区 for the header', () => {
    const { found } = searchHeader(grid([['印盒石社区', '阳光小区', '一类'], ['观音岩社区', '小区1号', '二类']]), estatesMapping, 30);
    expect(found).toBeUndefined();
  });

  it('takes a header naming only 小区名称 once the community is supplied for the whole sheet', () => {
    // A scraped list: the estate's name and columns the ledger does not keep. Refused as it is;
    // with one community given for every row (what the refusal suggests), it is an estate list.
    const rows: CellValue[][] = [['小区名称', '链接', '区', '单价'], ['阳光花园', 'https://example.invalid/1', '历下', 21000]];
    expect(searchHeader(grid(rows), estatesMapping, 30).found).toBeUndefined();
    const { found } = searchHeader(grid(rows), estatesMapping, 30, new Set(['community']));
    expect(found?.band).toEqual({ firstRow: 0, lastRow: 0 });
    expect(found?.matches.map((m) => m.field)).toEqual(['name']);
  });

  it('does not score a returned list lower for lacking 别名, a column only our own exports add', () => {
    const header = ['所属社区', '小区名称', '小区类别', '管理模式', '物业服务企业'];
    const data = ['印盒石社区', '阳光花园', '一类', '市场化物业服务', '万科物业'];
    const without = searchHeader(grid([header, data]), estatesMapping, 30).found!;
    const withoutField = { ...estatesMapping, fields: estatesMapping.fields.filter((f) => f.key !== 'aliases') };
    expect(without.score).toBe(searchHeader(grid([header, data]), withoutField, 30).found!.score);
    // Carrying it, the sheet matches better still.
    const withAliases = searchHeader(grid([[...header, '别名'], [...data, '阳光苑']]), estatesMapping, 30).found!;
    expect(withAliases.score).toBeGreaterThan(without.score);
  });

  it('prefers the real header over a title row whose text starts like a column name', () => {
    const { found } = searchHeader(grid([['小区基本情况表'], ['社区', '小区名称', '类别'], ['印盒石社区', '阳光花园', '一类']]), estatesMapping, 30);
    expect(found?.band).toEqual({ firstRow: 1, lastRow: 1 });
  });

  it('never swallows the first data row into a two-row header', () => {
    const { found } = searchHeader(grid([['社区', '规划数', '一类', '二类', '三类'], ['印盒石社区', 17, 1, 12, 4]]), communitiesMapping, 30);
    expect(found?.band).toEqual({ firstRow: 0, lastRow: 0 });
  });

  it('matches a longer name by its prefix with less confidence', () => {
    const { found } = searchHeader(grid([['社区', '小区名称', '物业服务企业全称']]), estatesMapping, 30);
    const company = found?.matches.find((m) => m.field === 'company');
    expect(company?.column).toBe(2);
    expect(company?.confidence).toBeGreaterThan(0.5);
    expect(company?.confidence).toBeLessThan(1);
  });

  it('gives the same layout the same signature however its names are spelt', () => {
    const a = searchHeader(grid([['社区', '小区名称', '住户数（户）']]), estatesMapping, 30).found;
    const b = searchHeader(grid([['社 区', '小区名称 ', '住户数(户)']]), estatesMapping, 30).found;
    const c = searchHeader(grid([['社区', '小区名称', '户数']]), estatesMapping, 30).found;
    expect(a?.signature).toBe(b?.signature);
    expect(a?.signature).not.toBe(c?.signature);
  });

  it('only looks for a header starting in the first rows it is told to', () => {
    const rows: CellValue[][] = [...Array.from({ length: 5 }, () => ['说明']), ['社区', '小区名称']];
    expect(searchHeader(grid(rows), estatesMapping, 4).found).toBeUndefined();
    expect(searchHeader(grid(rows), estatesMapping, 6).found?.band.firstRow).toBe(5);
  });
});
