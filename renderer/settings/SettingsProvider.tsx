import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../../shared/settings/settings';
import type { Platform } from '../platform';

interface SettingsContextValue {
  readonly settings: Settings;
  readonly updateSettings: (patch: SettingsPatch) => Promise<Settings>;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

/** Settings are loaded once before the app renders, then changed only through the platform. */
export function SettingsProvider({ platform, initial, children }: { platform: Platform; initial: Settings; children: ReactNode }) {
  const [settings, setSettings] = useState(initial);
  const updateSettings = useCallback(
    async (patch: SettingsPatch) => {
      const next = await platform.updateSettings(patch);
      setSettings(next);
      return next;
    },
    [platform],
  );
  const value = useMemo(() => ({ settings, updateSettings }), [settings, updateSettings]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}
