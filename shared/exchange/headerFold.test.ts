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

  it('joins the parts of a two-row header name', () => {
    expect(foldHeader('其中·一类')).toBe('其中一类');
  });
});
