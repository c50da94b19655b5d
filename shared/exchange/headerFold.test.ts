import { describe, expect, it } from 'vitest';
import { foldHeader } from './headerFold';

describe('foldHeader', () => {
  it('folds width, spaces, markers and unit brackets to one spelling', () => {
    for (const spelling of ['住户数（户）', '住户数(户)', ' 住户数 ', '＊住户数', '住 户 数', '住户数【户】']) {
      expect(foldHeader(spelling)).toBe('住户数');
    }
    expect(foldHeader('建筑面积（㎡）')).toBe('建筑面积');
    expect(foldHeader('建筑面积(m²)')).toBe('建筑面积');
  });

  it('keeps bracketed words that are not a plain unit, so 万㎡ stays distinct', () => {
    expect(foldHeader('建筑面积（万㎡）')).toBe('建筑面积万m2');
    expect(foldHeader('小区名称（全称）')).toBe('小区名称全称');
  });

  it('drops required markers and format hints, which say how to fill a column in', () => {
    expect(foldHeader('小区名称(必填)')).toBe('小区名称');
    expect(foldHeader('所属社区（必填）')).toBe('所属社区');
    expect(foldHeader('*所属社区')).toBe('所属社区');
    expect(foldHeader('开发日期(yyyy-MM-dd)')).toBe('开发日期');
    expect(foldHeader('竣工日期（年-月-日）')).toBe('竣工日期');
    expect(foldHeader('维修资金(万元)')).toBe('维修资金');
    // Days are not the date itself: the hint stays.
    expect(foldHeader('整改期限（天）')).toBe('整改期限天');
  });

  it('joins the parts of a two-row header name', () => {
    expect(foldHeader('其中·一类')).toBe('其中一类');
  });
});
