import { z } from 'zod';
import { LOCALES } from '../i18n/locale';

/**
 * What a street office configures once: who it is and who is typing. Kept by electron-store in
 * the desktop app and by localStorage in the browser build, both behind this one schema.
 */
export const settingsSchema = z.object({
  streetName: z.string().trim().max(100),
  district: z.string().trim().max(100),
  operator: z.string().trim().max(50),
  locale: z.enum(LOCALES),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  streetName: '',
  district: '',
  operator: '',
  locale: 'zh-CN',
};

/** A change from the settings page: any subset of fields. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The first-run form is complete once the office is named and the operator is known. */
export function isFirstRunComplete(settings: Settings): boolean {
  return settings.streetName !== '' && settings.district !== '' && settings.operator !== '';
}

/**
 * Reads whatever a store held (an older version, hand-edited JSON, garbage) as valid settings:
 * fields that fail the schema fall back to their defaults instead of locking the user out.
 */
export function coerceSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const shape = settingsSchema.shape;
  return {
    streetName: shape.streetName.safeParse(source.streetName).data ?? DEFAULT_SETTINGS.streetName,
    district: shape.district.safeParse(source.district).data ?? DEFAULT_SETTINGS.district,
    operator: shape.operator.safeParse(source.operator).data ?? DEFAULT_SETTINGS.operator,
    locale: shape.locale.safeParse(source.locale).data ?? DEFAULT_SETTINGS.locale,
  };
}
