import { describe, expect, it } from 'vitest';
import { coerceSettings, DEFAULT_SETTINGS, isFirstRunComplete, settingsPatchSchema } from './settings';

describe('settings', () => {
  it('falls back field by field on corrupt stored values', () => {
    expect(coerceSettings({ streetName: '牌楼街道', locale: 'fr', operator: 42 })).toEqual({
      ...DEFAULT_SETTINGS,
      streetName: '牌楼街道',
    });
    expect(coerceSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });
  it('needs street, district and operator before the first run is done', () => {
    expect(isFirstRunComplete(DEFAULT_SETTINGS)).toBe(false);
    expect(isFirstRunComplete({ ...DEFAULT_SETTINGS, streetName: 'a', district: 'b', operator: 'c' })).toBe(true);
  });
  it('refuses unknown keys in a patch', () => {
    expect(settingsPatchSchema.safeParse({ streetName: 'x', admin: true }).success).toBe(false);
  });
});

describe('local rules in settings', () => {
  it('gives an older store without them the defaults', () => {
    const settings = coerceSettings({ streetName: '牌楼街道', district: '南岸区', operator: '张敏', locale: 'en' });
    expect(settings.committeeTermYears).toBe(5);
    expect(settings.acceptanceThreshold).toBe(0.85);
    expect(settings.noticeNumberPattern).toBe('〔{year}〕第{n}号');
    expect(settings.locale).toBe('en');
    expect(settings.reasonRequiredFields).toEqual(['estateClass', 'mode', 'company']);
  });
  it('keeps the fields that need a reason, and refuses a field the estate does not have', () => {
    expect(coerceSettings({ reasonRequiredFields: ['address'] }).reasonRequiredFields).toEqual(['address']);
    expect(coerceSettings({ reasonRequiredFields: [] }).reasonRequiredFields).toEqual([]);
    expect(settingsPatchSchema.safeParse({ reasonRequiredFields: ['salary'] }).success).toBe(false);
  });
  it('refuses a notice pattern without a number and a threshold above 100 %', () => {
    expect(coerceSettings({ noticeNumberPattern: '〔{year}〕' }).noticeNumberPattern).toBe('〔{year}〕第{n}号');
    expect(coerceSettings({ acceptanceThreshold: 1.5 }).acceptanceThreshold).toBe(0.85);
    expect(coerceSettings({ largeText: 'yes' }).largeText).toBe(false);
    expect(coerceSettings({ largeText: true }).largeText).toBe(true);
    expect(settingsPatchSchema.safeParse({ committeeTermYears: 0 }).success).toBe(false);
  });
});
