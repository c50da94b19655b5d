import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COUNT_MAX, parseCount, parseMeasure, parseNumber } from './numbers';

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

describe('counts stay exact', () => {
  it('refuses a count above COUNT_MAX instead of storing a rounded number', () => {
    expect(parseCount('99999999999999999999')).toEqual({ ok: false, reason: 'tooLarge', max: COUNT_MAX });
    expect(parseCount(1e20)).toEqual({ ok: false, reason: 'tooLarge', max: COUNT_MAX });
    expect(parseCount(String(COUNT_MAX))).toEqual({ ok: true, value: COUNT_MAX });
  });

  it('keeps every count it takes exactly as typed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,24}$/), (typed) => {
        const parsed = parseCount(typed);
        if (parsed.ok) expect(String(parsed.value)).toBe(typed);
        else expect(parsed).toEqual({ ok: false, reason: 'tooLarge', max: COUNT_MAX });
      }),
    );
  });
});
