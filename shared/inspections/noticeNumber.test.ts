import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { formatNoticeNumber, noticeNumberShape } from './noticeNumber';

describe('formatNoticeNumber', () => {
  it('fills the default pattern', () => {
    expect(formatNoticeNumber(DEFAULT_SETTINGS.noticeNumberPattern, 2024, 12)).toBe('〔2024〕第12号');
  });

  it('fills every occurrence, with or without a year', () => {
    expect(formatNoticeNumber('牌楼街整改〔{year}〕{n}号（{year}-{n}）', 2025, 3)).toBe('牌楼街整改〔2025〕3号（2025-3）');
    expect(formatNoticeNumber('整改第{n}号', 2025, 7)).toBe('整改第7号');
  });

  it('shows the shape of a year’s numbers', () => {
    expect(noticeNumberShape(DEFAULT_SETTINGS.noticeNumberPattern, 2024)).toBe('〔2024〕第N号');
  });

  it('refuses a serial that is not a positive whole number', () => {
    expect(() => formatNoticeNumber('{n}', 2024, 0)).toThrow(RangeError);
    expect(() => formatNoticeNumber('{n}', 2024, 1.5)).toThrow(RangeError);
  });
});
