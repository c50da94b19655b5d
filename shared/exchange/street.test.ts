import { describe, expect, it } from 'vitest';
import { streetOf } from './street';

describe('streetOf', () => {
  it('reads the street from a title or a reporting-unit line', () => {
    expect(streetOf(['牌楼街道物业管理小区基本情况统计表'], 'a.xlsx')).toBe('牌楼街道');
    expect(streetOf(['小区统计表', '填报单位：太平街道（盖章） 填报日期：2024年3月15日'], 'a.xlsx')).toBe('太平街道');
    expect(streetOf(['成华区双桥子街道办事处小区情况'], 'a.xlsx')).toBe('双桥子街道');
    expect(streetOf(['龙泉镇小区名单'], 'a.xlsx')).toBe('龙泉镇');
  });

  it('falls back to the file name, then to nothing', () => {
    expect(streetOf([], '万年场街道-小区情况.xlsx')).toBe('万年场街道');
    expect(streetOf(['小区统计表'], '返回表.xlsx')).toBe('');
  });
});
