import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DbProvider } from './db/DbContext';
import { openDatabase } from './db/openDatabase';
import { I18nProvider } from './i18n/I18nProvider';
import { detectPlatform } from './platform';
import { SettingsProvider, useSettings } from './settings/SettingsProvider';

function LocalisedApp() {
  const { settings } = useSettings();
  return (
    <I18nProvider locale={settings.locale}>
      <App />
    </I18nProvider>
  );
}

async function start(): Promise<void> {
  const platform = detectPlatform();
  const [{ db }, settings] = await Promise.all([openDatabase(), platform.getSettings()]);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <SettingsProvider platform={platform} initial={settings}>
        <DbProvider db={db}>
          <LocalisedApp />
        </DbProvider>
      </SettingsProvider>
    </StrictMode>,
  );
}

void start();
