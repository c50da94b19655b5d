import { describe, expect, it } from 'vitest';
import { parseCount, parseMeasure, parseNumber } from './numbers';

describe('numbers as spreadsheets write them', () => {
  it.each([
    ['1,203', 1203], ['１２０３', 1203], [' 12 ', 12], [12, 12], ['1，203', 1203], ['0', 0], ['12.5', 12.5],
  ])('reads %j as %d', (raw, value) => {
    expect(parseNumber(raw)).toEqual({ ok: true, value });
  });
  it('treats blank as unknown, not zero', () => {
    expect(parseNumber('')).toEqual({ ok: true, value: null });
    expect(parseNumber(null)).toEqual({ ok: true, value: null });
  });
  it('refuses text and non-finite numbers', () => {
    expect(parseNumber('十二')).toEqual({ ok: false, reason: 'notANumber' });
    expect(parseNumber('12a')).toEqual({ ok: false, reason: 'notANumber' });
    expect(parseNumber(Number.NaN)).toEqual({ ok: false, reason: 'notANumber' });
  });
  it('counts are non-negative whole numbers', () => {
    expect(parseCount('-1')).toEqual({ ok: false, reason: 'negative' });
    expect(parseCount('－３')).toEqual({ ok: false, reason: 'negative' });
    expect(parseCount('2.5')).toEqual({ ok: false, reason: 'notWhole' });
    expect(parseCount('1,203')).toEqual({ ok: true, value: 1203 });
  });
  it('measures allow fractions but not negatives', () => {
    expect(parseMeasure('1,203.5')).toEqual({ ok: true, value: 1203.5 });
    expect(parseMeasure(-0.5)).toEqual({ ok: false, reason: 'negative' });
  });
});
