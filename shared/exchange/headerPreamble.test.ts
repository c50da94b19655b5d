import { describe, expect, it } from 'vitest';
import { analyseInventory } from './testing/analyseInventory';

const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

describe('a 填报单位 line right above the column names', () => {
  it('is a preamble, not the top row of a two-row header', async () => {
    const analysis = await analyseInventory(
      csv([
        '牌楼街道物业管理小区基本情况统计表,,,',
        '填报单位：万安社区居委会,,填报日期：2024年3月15日,',
        '所属社区,小区名称,服务单位,住户数（户）',
        '万安社区,万安花园,万科物业,1203',
      ]),
      'x.csv',
      { existingCommunities: 'any' },
    );
    expect(analysis.estates?.header.firstRow).toBe(3);
    expect(analysis.estates?.header.labels).toEqual(['所属社区', '小区名称', '服务单位', '住户数（户）']);
    expect(analysis.estates?.preamble).toEqual(['牌楼街道物业管理小区基本情况统计表', '填报单位：万安社区居委会 填报日期：2024年3月15日']);
  });
});
