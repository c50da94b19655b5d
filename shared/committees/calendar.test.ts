import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, isIsoDate } from './calendar';

describe('calendar arithmetic on ISO days', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-01-30', 30)).toBe('2024-02-29');
    expect(addDays('2023-01-30', 30)).toBe('2023-03-01');
    expect(addDays('2024-02-29', 30)).toBe('2024-03-30');
    expect(addDays('2024-12-15', 30)).toBe('2025-01-14');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts days between two dates, negative backwards', () => {
    expect(daysBetween('2024-03-01', '2024-03-31')).toBe(30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-03-31', '2024-03-01')).toBe(-30);
  });

  it('moves a day the target month lacks to its last day, never into the next month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-05-31', -3)).toBe('2024-02-29');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2024-03-15', 0)).toBe('2024-03-15');
  });

  it('ends a term begun on 29 February on 28 February of a common year, and on the 29th in a leap year', () => {
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2021-06-01', 5)).toBe('2026-06-01');
  });

  it('round-trips days through their difference', () => {
    const day = fc.integer({ min: 0, max: 80_000 }).map((n) => addDays('1950-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (from, n) => {
        const to = addDays(from, n);
        expect(isIsoDate(to)).toBe(true);
        expect(daysBetween(from, to)).toBe(n);
      }),
    );
  });

  it('knows real days from look-alikes', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-3-1')).toBe(false);
    expect(() => addDays('2024/03/01', 1)).toThrow(RangeError);
  });
});
