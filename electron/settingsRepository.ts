import {
  coerceSettings,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../shared/settings/settings';

/** Raw persistence under the repository: whatever the file holds, and a way to replace it. */
export interface SettingsBackend {
  read(): unknown;
  write(settings: Settings): void;
}

export interface SettingsRepository {
  read(): Settings;
  update(patch: SettingsPatch): Settings;
}

/**
 * Settings as the app sees them: always valid. Reading goes through coerceSettings, so a
 * hand-edited or half-corrupt file costs the user only the broken fields, never the app.
 */
export function settingsRepository(backend: SettingsBackend): SettingsRepository {
  const read = (): Settings => coerceSettings(backend.read());
  return {
    read,
    update(patch) {
      // A key sent as undefined means "no change", not "erase": IPC keeps such keys.
      const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const next = settingsSchema.parse({ ...read(), ...changes });
      backend.write(next);
      return next;
    },
  };
}
