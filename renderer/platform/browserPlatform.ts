import { safeFileName } from '../../shared/common/fileName';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { coerceSettings, settingsPatchSchema, type Settings } from '../../shared/settings/settings';
import { BUILT_APP_VERSION } from '../app/appVersion';
import { BACKUP_EXTENSION, ledgerStateSchema } from '../../shared/backup';
import { sharedBackupClient } from '../backup';
import { lazyBackupStorage, openBrowserBackups } from './browserBackups';
import type { OpenFileResult, Platform } from './Platform';
import { browserRoom } from './roomProbe';

export const SETTINGS_STORAGE_KEY = 'street-ledger.settings';
export const LEDGER_STATE_KEY = 'street-ledger.ledger-state';

/** The browser asks "leave the site?" in its own words; the page may only ask for the question. */
function askBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
}

function browserLedgerState(storage: Storage): Platform['ledgerState'] {
  return {
    read: () => {
      try {
        const parsed = ledgerStateSchema.safeParse(JSON.parse(storage.getItem(LEDGER_STATE_KEY) ?? 'null'));
        return Promise.resolve(parsed.success ? parsed.data : null);
      } catch {
        return Promise.resolve(null);
      }
    },
    record: (state) => {
      storage.setItem(LEDGER_STATE_KEY, JSON.stringify(state));
      return Promise.resolve();
    },
  };
}

function readSettings(storage: Storage): Settings {
  const raw = storage.getItem(SETTINGS_STORAGE_KEY);
  if (raw === null) return coerceSettings({});
  try {
    return coerceSettings(JSON.parse(raw));
  } catch {
    // A hand-edited or truncated value must not lock the user out: fall back to defaults.
    return coerceSettings({});
  }
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.dataset.testid = 'platform-file-input';
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** The web build: settings in localStorage, files through an <input type=file> and a download. */
export function createBrowserPlatform(storage: Storage = window.localStorage): Platform {
  return {
    kind: 'browser',
    getSettings: () => Promise.resolve(readSettings(storage)),
    updateSettings: (patch) => {
      const next = coerceSettings({ ...readSettings(storage), ...settingsPatchSchema.parse(patch) });
      storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(next));
      return Promise.resolve(next);
    },
    saveFile: ({ suggestedName: asked, data }) => {
      const suggestedName = safeFileName(asked);
      const url = URL.createObjectURL(new Blob([data.slice()]));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.click();
      // Revoke later: revoking at once can cancel the download in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve({ status: 'saved', path: suggestedName });
    },
    saveAsPdf: () => {
      window.print();
      return Promise.resolve({ status: 'printDialog' });
    },
    appVersion: () => Promise.resolve(BUILT_APP_VERSION),
    ledgerState: browserLedgerState(storage),
    freeBytes: (neededBytes) => browserRoom(navigator.storage as StorageManager | undefined, neededBytes),
    commitRunning: (running) => {
      if (running) window.addEventListener('beforeunload', askBeforeUnload);
      else window.removeEventListener('beforeunload', askBeforeUnload);
      return Promise.resolve();
    },
    backups: lazyBackupStorage(() => openBrowserBackups({ pickFile: () => pickFile(`.${BACKUP_EXTENSION}`), writer: (fileName, file) => sharedBackupClient().store(fileName, file) })),
    openFile: async ({ filters }): Promise<OpenFileResult> => {
      const accept = filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
      const file = await pickFile(accept);
      if (!file) return { status: 'cancelled' };
      if (file.size > MAX_FILE_BYTES) return { status: 'tooLarge', name: file.name, bytes: file.size };
      return { status: 'opened', name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
    },
  };
}
