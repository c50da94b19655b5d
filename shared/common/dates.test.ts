import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFromSerial, parseDate, parseDateText, serialFromIsoDate } from './dates';

describe('dateFromSerial (1900 system)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [366, '1900-12-31'],
    [43831, '2020-01-01'],
    [45366, '2024-03-15'],
    [45351, '2024-02-29'],
    [45366.75, '2024-03-15'],
    [2_958_465, '9999-12-31'],
  ])('serial %d is %s', (serial, iso) => {
    expect(dateFromSerial(serial)).toEqual({ ok: true, value: iso });
  });

  it('refuses the phantom 1900-02-29 and serials outside Excel', () => {
    for (const serial of [60, 0, -1, 2_958_466, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(dateFromSerial(serial)).toEqual({ ok: false });
    }
  });
});

describe('dateFromSerial (1904 system)', () => {
  it('counts from 1904-01-01, 1462 days later than the 1900 system', () => {
    expect(dateFromSerial(0, '1904')).toEqual({ ok: true, value: '1904-01-01' });
    expect(dateFromSerial(45366 - 1462, '1904')).toEqual({ ok: true, value: '2024-03-15' });
    expect(dateFromSerial(-1, '1904')).toEqual({ ok: false });
  });
});

describe('parseDateText', () => {
  it.each([
    ['2024年3月15日', '2024-03-15'],
    ['2024年03月15号', '2024-03-15'],
    ['2024.3.15', '2024-03-15'],
    ['2024/3/15', '2024-03-15'],
    ['2024-03-15', '2024-03-15'],
    ['２０２４年３月１５日', '2024-03-15'],
    [' 2024 年 3 月 15 日 ', '2024-03-15'],
    ['2024/3/15 9:30', '2024-03-15'],
    ['2024-03-15 09:30:00', '2024-03-15'],
    ['20240315', '2024-03-15'],
    ['2024-02-29', '2024-02-29'],
  ])('%s is %s', (text, iso) => {
    expect(parseDateText(text)).toEqual({ ok: true, value: iso });
  });

  it('reads blank as no date', () => {
    expect(parseDateText('   ')).toEqual({ ok: true, value: null });
  });

  it.each(['2023-02-29', '2024-13-01', '2024-04-31', '3/15/24', '15.3.2024', '明天', '2024年3月', '45366'])(
    'refuses %s instead of guessing',
    (text) => {
      expect(parseDateText(text)).toEqual({ ok: false });
    },
  );
});

describe('parseDate', () => {
  it('reads numbers in the given system and text as text', () => {
    expect(parseDate(45366)).toEqual({ ok: true, value: '2024-03-15' });
    expect(parseDate(45366 - 1462, '1904')).toEqual({ ok: true, value: '2024-03-15' });
    expect(parseDate('2024.3.15', '1904')).toEqual({ ok: true, value: '2024-03-15' });
    expect(parseDate(null)).toEqual({ ok: true, value: null });
    expect(parseDate(true)).toEqual({ ok: false });
  });

  it('round-trips every day through its 1900 serial', () => {
    const day = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(9999, 11, 31) }).map((ms) => new Date(ms - (ms % 86_400_000)));
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        const serial = serialFromIsoDate(iso);
        expect(serial).not.toBeNull();
        expect(dateFromSerial(serial ?? -1)).toEqual({ ok: true, value: iso });
      }),
    );
  });
});
