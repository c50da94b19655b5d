import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToKeep, backupsToPrune, needsDailyBackup, type Dated } from './retention';

const policy = { keepLast: 10, keepDays: 14, keepMonths: 12 };
const now = new Date(2026, 11, 1, 9, 0).getTime();
const at = (y: number, m: number, d: number, h = 9, id = `${y}-${m}-${d}-${h}`): Dated => ({ id, createdAt: new Date(y, m - 1, d, h).getTime() });

describe('backupsToKeep', () => {
  it('keeps the newest ten, the newest of each of 14 days and of each of 12 months', () => {
    // Hourly backups today (20), one a day for the last 30 days, one a month for two years.
    const today = Array.from({ length: 20 }, (_, i) => ({ id: `today-${i}`, createdAt: now - (20 - i) * 60_000 }));
    const days = Array.from({ length: 30 }, (_, i) => ({ id: `day-${i + 1}`, createdAt: now - (i + 1) * 86_400_000 }));
    const months = Array.from({ length: 24 }, (_, i) => at(2026 - Math.floor((i + 1) / 12), 12 - ((i + 1) % 12), 15, 9, `month-${i + 1}`));
    const keep = backupsToKeep([...today, ...days, ...months], policy, now);
    // Ten newest of today, then days 1..13 back (today is one of the 14 days)…
    for (let i = 10; i < 20; i++) expect(keep.has(`today-${i}`)).toBe(true);
    for (let i = 1; i <= 13; i++) expect(keep.has(`day-${i}`)).toBe(true);
    expect(keep.has('day-20')).toBe(false);
    // …and the newest of each of the 11 months before this one.
    const kept = [...keep];
    expect(kept.filter((id) => id.startsWith('today-'))).toHaveLength(10);
    expect(keep.has('month-24')).toBe(false);
    expect(keep.has('today-0')).toBe(false);
  });

  it('never deletes the newest backup, keeps at most the sum of the three rules, and prunes the rest', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: now - 800 * 86_400_000, max: now }), { minLength: 1, maxLength: 80 }), (times) => {
        const backups = times.map((createdAt, i) => ({ id: `b${i}`, createdAt }));
        const keep = backupsToKeep(backups, policy, now);
        const newest = [...backups].sort((a, b) => b.createdAt - a.createdAt)[0]!;
        expect(keep.has(newest.id)).toBe(true);
        expect(keep.size).toBeLessThanOrEqual(policy.keepLast + policy.keepDays + policy.keepMonths);
        expect(new Set([...backupsToPrune(backups, policy, now), ...keep]).size).toBe(backups.length);
      }),
    );
  });
});

describe('needsDailyBackup', () => {
  it('asks for one on the first start of a day only', () => {
    expect(needsDailyBackup([], now)).toBe(true);
    expect(needsDailyBackup([at(2026, 11, 30, 23)], now)).toBe(true);
    expect(needsDailyBackup([at(2026, 12, 1, 0)], now)).toBe(false);
  });
});
