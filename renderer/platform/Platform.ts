import type { IpcInput, IpcOutput } from '../../shared/ipc/contract';
import type { Settings, SettingsPatch } from '../../shared/settings/settings';
import type { LedgerState } from '../../shared/backup';

export type SaveFileRequest = IpcInput<'saveFile'>;
export type SaveFileResult = IpcOutput<'saveFile'>;
export type OpenFileRequest = IpcInput<'openFile'>;
export type OpenFileResult = IpcOutput<'openFile'>;
export type StoredBackup = IpcOutput<'finishBackupWrite'>;
export type BackupListing = IpcOutput<'listBackups'>;
/** A backup file the user chose, with its bytes (the desktop app reads them over IPC in chunks). */
export type OpenBackupResult =
  | { readonly status: 'opened'; readonly name: string; readonly data: Uint8Array }
  | Exclude<IpcOutput<'openBackupFile'>, { readonly status: 'opened' }>;

/**
 * Where finished backups are kept: files in the backup folder (desktop app, written by the main
 * process) or files in the origin private file system (browser build; an IndexedDB database
 * where there is none). Either way a backup is listed only once it was written whole and read
 * back verified.
 */
export interface BackupStorage {
  list(): Promise<BackupListing>;
  write(fileName: string, file: Blob): Promise<StoredBackup>;
  read(fileName: string): Promise<Blob>;
  remove(fileNames: readonly string[]): Promise<void>;
  /** A copy somewhere the user chooses (a download in the browser). */
  saveCopy(fileName: string): Promise<SaveFileResult>;
  /** A backup file from anywhere: another PC's copy, a USB drive. */
  openFile(): Promise<OpenBackupResult>;
  /** Lets the user pick the backup folder; null where backups are not files (the browser). */
  readonly chooseFolder: (() => Promise<IpcOutput<'chooseBackupFolder'>>) | null;
}

/** The browser has no way to write a PDF itself: it opens its print dialog (with "Save as PDF"). */
export type SaveAsPdfResult = IpcOutput<'saveAsPdf'> | { readonly status: 'printDialog' };

/**
 * Everything the renderer needs from the machine, behind one interface: the Electron bridge in
 * the desktop app, browser fallbacks (localStorage, file input, download) in the web build that
 * the end-to-end tests drive. Components never ask which one they have.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /** The page as it prints (A4), saved as a PDF file. */
  saveAsPdf(suggestedName: string): Promise<SaveAsPdfResult>;
  readonly backups: BackupStorage;
  /** The installed app's version, written into every backup's manifest. */
  appVersion(): Promise<string>;
  /** The last known state of the ledger, kept outside IndexedDB (electron-store, localStorage). */
  readonly ledgerState: {
    read(): Promise<LedgerState | null>;
    record(state: LedgerState): Promise<void>;
  };
  /**
   * Bytes the ledger may still write, looked at as far as `neededBytes` (at least that much when
   * there is room): the profile's disk from statfs (desktop), or in the browser the smaller of
   * what `navigator.storage.estimate()` says is left and what a scratch file in the origin's
   * private file system may grow to; null when nobody can tell.
   */
  freeBytes(neededBytes: number): Promise<number | null>;
  /** While a commit runs, closing the window asks first (main process / beforeunload). */
  commitRunning(running: boolean): Promise<void>;
}
