import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, laterOf, localIsoDate, yearOf } from './calendar';

describe('calendar arithmetic on ISO dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts days between two dates, negative backwards', () => {
    expect(daysBetween('2024-03-15', '2024-03-22')).toBe(7);
    expect(daysBetween('2024-03-22', '2024-03-15')).toBe(-7);
    expect(daysBetween('2023-12-31', '2024-12-31')).toBe(366);
  });

  it('adding then counting gives back the days, for any date and offset', () => {
    const date = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(date, fc.integer({ min: -5000, max: 5000 }), (iso, days) => daysBetween(iso, addDays(iso, days)) === days));
  });

  it('knows real dates from look-alikes', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(isIsoDate(20240229)).toBe(false);
    expect(() => addDays('2024-13-01', 1)).toThrow(RangeError);
  });

  it('reads the local calendar day of a clock, the year and the later date', () => {
    expect(localIsoDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
    expect(yearOf('2024-06-01')).toBe(2024);
    expect(laterOf('2024-01-02', '2023-12-31')).toBe('2024-01-02');
  });
});
