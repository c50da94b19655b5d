import { Dexie } from 'dexie';
import { App as AntApp } from 'antd';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { backupMessages } from '../shared/backup';
import { DEFAULT_LOCALE } from '../shared/i18n/locale';
import { uiMessages } from '../shared/i18n/ui';
import { faultMessages } from '../shared/i18n/faults';
import { App } from './app/App';
import { ActiveDatabase, backUpBeforeUpgrade, BackupService, checkLedgerAtStart, LAST_APP_VERSION_KEY, ledgerExists, sharedBackupClient } from './backup';
import { BackupProvider, RecoveryPage } from './backup/ui';
import type { LedgerCheck } from '../shared/backup';
import { UiScale } from './app/UiScale';
import './app/app.css';
import { DbProvider } from './db/DbContext';
import { openDatabase } from './db/openDatabase';
import { assertRoomFor } from './db/roomCheck';
import { storageFailureOf } from './db/storageFailure';
import { useWindowOperator } from './history/ui';
import { I18nProvider } from './i18n/I18nProvider';
import { detectPlatform } from './platform';
import { PlatformProvider } from './platform/PlatformContext';
import { SettingsProvider, useSettings } from './settings/SettingsProvider';

function LocalisedApp({ check }: { readonly check: LedgerCheck }) {
  const { settings } = useSettings();
  useWindowOperator();
  // A wiped or damaged ledger stops here, before the first-run page or an empty ledger.
  const [found, setFound] = useState(check.status === 'ok' ? undefined : check);
  return (
    <I18nProvider locale={settings.locale}>
      <UiScale largeText={settings.largeText}>
        {found ? (
          <AntApp>
            <RecoveryPage found={found} onContinue={() => setFound(undefined)} />
          </AntApp>
        ) : (
          <App />
        )}
      </UiScale>
    </I18nProvider>
  );
}

/** One line on the empty page, before the app can render: what start-up is doing, or why it stopped. */
function showOnPage(text: string, testId: 'start-status' | 'start-failure'): void {
  const container = document.getElementById('root');
  if (!container) return;
  const line = document.createElement('pre');
  line.dataset.testid = testId;
  line.style.cssText = testId === 'start-failure' ? 'padding:24px;white-space:pre-wrap;color:#a8071a' : 'padding:24px;white-space:pre-wrap';
  line.textContent = text;
  container.replaceChildren(line);
}

async function start(): Promise<void> {
  const platform = detectPlatform();
  // Which database is the ledger, read before anything opens one; leftovers of a restore that
  // died, and databases a restore replaced, go first.
  const pointer = new ActiveDatabase(window.localStorage);
  // A database another tab still holds would block its deletion: give up after a while and
  // retry on a later start, rather than keep the app from opening.
  await pointer.sweep((name) => Promise.race([Dexie.delete(name), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('blocked')), 5000))]));
  const [settings, appVersion] = await Promise.all([platform.getSettings(), platform.appVersion()]);
  const client = sharedBackupClient();
  const service = new BackupService({ storage: platform.backups, client, pointer, settings: () => platform.getSettings(), restoreSettings: (patch) => platform.updateSettings(patch), appVersion, room: (bytes) => assertRoomFor(platform, bytes) });
  const texts = backupMessages[settings.locale];
  try {
    await backUpBeforeUpgrade(service, client, window.localStorage, appVersion, () => showOnPage(texts.upgrading, 'start-status'));
  } catch (error) {
    throw new UpgradeBackupFailed(texts.upgradeBackupFailed(error instanceof Error ? error.message : String(error)));
  }
  // Asked before opening, which would create an empty database where the ledger vanished.
  const existed = await ledgerExists(pointer.name());
  const { db, persisted, newer } = await openDatabase({ name: pointer.name() });
  const check: LedgerCheck = newer ? { status: 'ok' } : await checkLedgerAtStart(platform, db, existed);
  window.localStorage.setItem(LAST_APP_VERSION_KEY, appVersion);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <PlatformProvider platform={platform}>
        <SettingsProvider platform={platform} initial={settings}>
          <DbProvider db={db} newer={newer}>
            <BackupProvider value={{ service, persisted }}>
              <LocalisedApp check={check} />
            </BackupProvider>
          </DbProvider>
        </SettingsProvider>
      </PlatformProvider>
    </StrictMode>,
  );
}

/** The backup before an upgrade failed: said as it is, not as "the database cannot open". */
class UpgradeBackupFailed extends Error {}

/**
 * If the database cannot open (storage blocked, disk full, a newer version of the app already
 * upgraded it) the user sees why instead of a blank window.
 */
function showStartFailure(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof UpgradeBackupFailed) return showOnPage(reason, 'start-failure');
  // The clerk reads one sentence of ours: never the library's English, never a link to the
  // Internet on an offline PC (Dexie's "IndexedDB API missing. Please visit https://…").
  console.error('Street Ledger could not start', error);
  const storage = storageFailureOf(error) ?? 'broken';
  showOnPage(uiMessages[DEFAULT_LOCALE].startFailed(faultMessages[DEFAULT_LOCALE].storage[storage]), 'start-failure');
}

start().catch(showStartFailure);
