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
