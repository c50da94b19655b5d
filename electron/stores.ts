import Store from 'electron-store';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings/settings';
import type { LedgerState } from '../shared/backup';
import type { LedgerStateBackend } from './ipc/faultHandlers';
import type { SettingsBackend } from './settingsRepository';
import type { WindowState } from './windowState';

/**
 * The electron-store files under userData. This is the only module that touches electron-store
 * (which needs a running Electron), so everything above it is testable in plain Node.
 *
 * No JSON schema is handed to electron-store on purpose: it validates the whole file on every
 * read and throws on one bad field (or, with clearInvalidConfig, wipes every field). The zod
 * schema is applied field by field in settingsRepository instead. clearInvalidConfig only
 * covers a file that is not JSON at all, which nothing could be salvaged from anyway.
 */

export interface WindowStateBackend {
  read(): unknown;
  write(state: WindowState): void;
}

export function openSettingsBackend(cwd?: string): SettingsBackend {
  const store = new Store<Record<string, unknown>>({
    name: 'settings',
    defaults: { ...DEFAULT_SETTINGS },
    clearInvalidConfig: true,
    ...(cwd === undefined ? {} : { cwd }),
  });
  return {
    read: () => store.store,
    write: (settings: Settings) => {
      store.store = { ...settings };
    },
  };
}

/** The last known state of the ledger (shared/backup/ledgerState.ts), parsed by its handler. */
export function openLedgerStateBackend(cwd?: string): LedgerStateBackend {
  const store = new Store<Record<string, unknown>>({
    name: 'ledger-state',
    clearInvalidConfig: true,
    ...(cwd === undefined ? {} : { cwd }),
  });
  return {
    read: () => (store.has('state') ? store.get('state') : null),
    write: (state: LedgerState) => {
      store.set('state', { ...state, counts: { ...state.counts } });
    },
  };
}

export function openWindowStateBackend(cwd?: string): WindowStateBackend {
  const store = new Store<Record<string, unknown>>({
    name: 'window-state',
    clearInvalidConfig: true,
    ...(cwd === undefined ? {} : { cwd }),
  });
  return {
    read: () => store.store,
    write: (state: WindowState) => {
      store.store = { bounds: { ...state.bounds }, maximized: state.maximized };
    },
  };
}
