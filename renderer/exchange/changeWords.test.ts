import { describe, expect, it } from 'vitest';
import { changeWords } from './changeWords';

describe('a changed field in words', () => {
  it('names the field and both values as the clerk sees them, never the stored codes', () => {
    const zh = changeWords('estates', 'zh-CN');
    expect(zh({ field: 'estateClass', before: 2, after: 3 })).toBe('小区类别 二类 → 三类');
    expect(zh({ field: 'mode', before: 'market', after: 'employer' })).toBe('管理模式 市场化物业服务 → 单位自管');
    expect(zh({ field: 'pilot', before: false, after: true })).toMatch(/ 否 → 是$/);
    expect(zh({ field: 'households', before: null, after: 1203 })).toMatch(/ （空） → 1203$/);
  });

  it('speaks English in the English UI', () => {
    const en = changeWords('estates', 'en');
    expect(en({ field: 'estateClass', before: 0, after: 1 })).toBe('Class Unclassified → Class I');
    expect(changeWords('communities', 'en')({ field: 'kind', before: 'community', after: 'village' })).toMatch(/ Community → Village$/);
  });

  it('keeps text a clerk typed as typed', () => {
    expect(changeWords('estates', 'zh-CN')({ field: 'company', before: 'ＡＢＣ物业', after: '万科物业' })).toBe('物业服务企业 ＡＢＣ物业 → 万科物业');
  });
});
