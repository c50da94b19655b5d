import { describe, expect, it } from 'vitest';
import { parseTimeOfDay, Problems, splitNames } from './fieldParsers';

describe('parseTimeOfDay', () => {
  it.each([
    ['9:30', '09:30'],
    ['０９：３０', '09:30'],
    ['14.05', '14:05'],
    ['08:00:00', '08:00'],
    ['', ''],
    [null, ''],
    [0.5, '12:00'],
    [45366.75, '18:00'],
  ] as const)('reads %s as %s', (raw, time) => {
    expect(parseTimeOfDay(raw)).toEqual({ ok: true, value: time });
  });

  it('refuses impossible times', () => {
    expect(parseTimeOfDay('25:00')).toEqual({ ok: false });
    expect(parseTimeOfDay('9:60')).toEqual({ ok: false });
    expect(parseTimeOfDay('上午')).toEqual({ ok: false });
    expect(parseTimeOfDay(-1)).toEqual({ ok: false });
  });
});

describe('splitNames', () => {
  it('splits inspectors on the separators clerks use and folds duplicates', () => {
    expect(splitNames('张敏、李强，王芳;张敏')).toEqual(['张敏', '李强', '王芳']);
    expect(splitNames(['张敏', ' 李强 ', ''])).toEqual(['张敏', '李强']);
    expect(splitNames(null)).toEqual([]);
  });

  it('splits at blanks only between whole names, not inside a padded two-character name', () => {
    expect(splitNames('张敏 李强')).toEqual(['张敏', '李强']);
    expect(splitNames('张　敏、李强')).toEqual(['张敏', '李强']);
  });
});

describe('Problems', () => {
  it('reads dates from text and serials and refuses what is not one', () => {
    const problems = new Problems();
    expect(problems.date('d', '2024年3月15日')).toBe('2024-03-15');
    expect(problems.date('d', 45366)).toBe('2024-03-15');
    expect(problems.date('d', '', { required: true })).toBeNull();
    expect(problems.date('d', '3/15/24')).toBeNull();
    expect(problems.list.map((p) => p.code)).toEqual(['required', 'notADate']);
  });

  it('bounds numbers and keeps line breaks in paragraphs', () => {
    const problems = new Problems();
    expect(problems.numberIn('n', '１００', 0, 100)).toBe(100);
    expect(problems.numberIn('n', 101, 0, 100)).toBeNull();
    expect(problems.numberIn('n', 2.5, 0, 10, { whole: true })).toBeNull();
    expect(problems.paragraph('p', ' 一 \n  二  ')).toBe('一\n二');
    expect(problems.list.map((p) => [p.code, p.params])).toEqual([['outOfRange', { min: 0, max: 100 }], ['notWhole', undefined]]);
  });
});
