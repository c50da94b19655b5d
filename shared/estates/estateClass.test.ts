import { describe, expect, it } from 'vitest';
import { parseEstateClass } from './estateClass';

describe('parseEstateClass', () => {
  const spellings: ReadonlyArray<readonly [unknown, number]> = [
    ['一类', 1], ['一类小区', 1], ['1', 1], [1, 1], ['1类', 1], ['Ⅰ', 1], ['I', 1], ['i', 1], ['类别一', 1],
    ['第一类', 1], ['１', 1], ['１类', 1], [' 一类 ', 1], ['Ⅰ类', 1], ['ⅰ', 1],
    ['二类', 2], ['二类小区', 2], ['2', 2], [2, 2], ['2类', 2], ['Ⅱ', 2], ['II', 2], ['ii', 2], ['类别二', 2], ['２', 2],
    ['三类', 3], ['三类小区', 3], ['3', 3], [3, 3], ['3类', 3], ['Ⅲ', 3], ['III', 3], ['iii', 3], ['类别三', 3], ['３', 3],
    ['', 0], [null, 0], [undefined, 0], ['未分类', 0], ['  ', 0],
  ];
  it.each(spellings)('reads %j as class %i', (raw, expected) => {
    expect(parseEstateClass(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([['四类'], ['4'], [4], [0], ['IV'], ['一二类'], ['甲类'], ['类'], [true], [{}], ['1.5']])('refuses %j', (raw) => {
    expect(parseEstateClass(raw)).toEqual({ ok: false });
  });
});
