import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_LOCALE } from '../shared/i18n/locale';
import { uiMessages } from '../shared/i18n/ui';
import { App } from './app/App';
import { UiScale } from './app/UiScale';
import './app/app.css';
import { DbProvider } from './db/DbContext';
import { openDatabase } from './db/openDatabase';
import { I18nProvider } from './i18n/I18nProvider';
import { detectPlatform } from './platform';
import { PlatformProvider } from './platform/PlatformContext';
import { SettingsProvider, useSettings } from './settings/SettingsProvider';

function LocalisedApp() {
  const { settings } = useSettings();
  return (
    <I18nProvider locale={settings.locale}>
      <UiScale largeText={settings.largeText}>
        <App />
      </UiScale>
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
      <PlatformProvider platform={platform}>
        <SettingsProvider platform={platform} initial={settings}>
          <DbProvider db={db}>
            <LocalisedApp />
          </DbProvider>
        </SettingsProvider>
      </PlatformProvider>
    </StrictMode>,
  );
}

/**
 * If the database cannot open (storage blocked, disk full, a newer version of the app already
 * upgraded it) the user sees why instead of a blank window.
 */
function showStartFailure(error: unknown): void {
  const container = document.getElementById('root');
  if (!container) return;
  const text = document.createElement('pre');
  text.dataset.testid = 'start-failure';
  text.style.cssText = 'padding:24px;white-space:pre-wrap;color:#a8071a';
  text.textContent = uiMessages[DEFAULT_LOCALE].startFailed(error instanceof Error ? error.message : String(error));
  container.replaceChildren(text);
}

start().catch(showStartFailure);
