import { describe, expect, it } from 'vitest';
import { parseLeaveReason, parseMeetingKind, parseMemberRole, parseNameList, parsePercent, parseTermNumber } from './parse';

describe('parseTermNumber (届次)', () => {
  it.each([
    ['第二届', 2],
    ['第2届', 2],
    ['第２届', 2],
    ['2', 2],
    [2, 2],
    ['二', 2],
    ['第十届', 10],
    ['第十一届', 11],
    ['二十一', 21],
    ['第三届业主委员会', 3],
    ['第 3 届', 3],
  ])('%s is term %d', (raw, n) => {
    expect(parseTermNumber(raw)).toBe(n);
  });

  it('reads blank as missing and refuses what is not a term', () => {
    expect(parseTermNumber('')).toBeNull();
    expect(parseTermNumber(undefined)).toBeNull();
    for (const raw of ['第零届', '0', 0, 2.5, '下一届', '一二', '100', -1]) expect(parseTermNumber(raw)).toBeUndefined();
  });
});

describe('labels for roles, meetings and leaving', () => {
  it('reads the spellings of lists and the stable codes', () => {
    expect(parseMemberRole('主任')).toBe('chair');
    expect(parseMemberRole(' 副主任 ')).toBe('viceChair');
    expect(parseMemberRole('业委会委员')).toBe('member');
    expect(parseMemberRole('viceChair')).toBe('viceChair');
    expect(parseMemberRole('秘书长')).toBeUndefined();
    expect(parseMeetingKind('首次业主大会')).toBe('first');
    expect(parseMeetingKind('临时会议')).toBe('extraordinary');
    expect(parseMeetingKind('定期')).toBe('regular');
    expect(parseMeetingKind('年会')).toBeUndefined();
    expect(parseLeaveReason('辞职')).toBe('resigned');
    expect(parseLeaveReason('罢免')).toBe('removed');
    expect(parseLeaveReason('')).toBeNull();
    expect(parseLeaveReason('去世')).toBeUndefined();
  });
});

describe('parsePercent', () => {
  it('reads per cent with or without the sign, in full-width too', () => {
    expect(parsePercent('67.5')).toBe(67.5);
    expect(parsePercent('67.5%')).toBe(67.5);
    expect(parsePercent('６７．５％')).toBe(67.5);
    expect(parsePercent(100)).toBe(100);
    expect(parsePercent('')).toBeNull();
  });

  it('refuses shares outside 0–100 and non-numbers', () => {
    for (const raw of ['101', '-1', '大半', true]) expect(parsePercent(raw)).toBeUndefined();
  });
});

describe('parseNameList', () => {
  it('splits on the separators people use and drops blanks', () => {
    expect(parseNameList('张三、李四，王五;赵六\n 钱七 ,')).toEqual(['张三', '李四', '王五', '赵六', '钱七']);
    expect(parseNameList(['张三 ', ''])).toEqual(['张三']);
    expect(parseNameList(null)).toEqual([]);
  });
});
