import { describe, expect, it } from 'vitest';
import { cleanText, nameKey, toHalfWidth } from './text';

describe('text normalisation', () => {
  it('folds full-width ASCII and the ideographic space', () => {
    expect(toHalfWidth('ＡＢＣ１２３（）　x')).toBe('ABC123() x');
  });
  it('leaves CJK and half-width text alone', () => {
    expect(toHalfWidth('万安社区 A1')).toBe('万安社区 A1');
  });
  it('trims and collapses blanks', () => {
    expect(cleanText('  万科　 城  ')).toBe('万科 城');
  });
  it('makes one key for spellings a clerk would call the same', () => {
    expect(nameKey('万科Ａ区 ')).toBe(nameKey('万科a区'));
    expect(nameKey('万科 A区')).toBe(nameKey('万科A区'));
    expect(nameKey('万科A区')).not.toBe(nameKey('万科B区'));
  });
});
