import type { BackupRefusalCode } from '../../shared/backup/backupFile';
import type { BackupManifest } from '../../shared/backup/manifest';
import type { StorageFailure } from '../../shared/i18n/faults';
import type { StoredBackup } from '../platform/Platform';
import type { BackupRequest } from './makeBackup';

/** What the window asks the backup worker. */
export type BackupWorkerRequest =
  | { readonly type: 'backup'; readonly request: Omit<BackupRequest, 'dexieOptions'> }
  /** Checks a file and keeps it for a following 'restore' (so its bytes cross only once). */
  | { readonly type: 'inspect'; readonly file: Blob }
  /** The browser build's store writes, reads back and checks a backup here, off the window. */
  | { readonly type: 'store'; readonly fileName: string; readonly file: Blob }
  | { readonly type: 'restore'; readonly freshName: string }
  /** The schema version a stored database is at, or null when there is none. */
  | { readonly type: 'installedVersion'; readonly dbName: string };

export interface BackupWorkerResults {
  readonly backup: { readonly file: Blob; readonly manifest: BackupManifest };
  readonly inspect: { readonly manifest: BackupManifest };
  readonly store: StoredBackup;
  readonly restore: { readonly manifest: BackupManifest };
  readonly installedVersion: { readonly version: number | null };
}

export type BackupWorkerFailure =
  | { readonly kind: 'refusal'; readonly code: BackupRefusalCode; readonly params: { schemaVersion?: number; appVersion?: string } }
  | { readonly kind: 'other'; readonly message: string; readonly storage?: StorageFailure };

export interface BackupWorkerEnvelope {
  readonly id: number;
  readonly request: BackupWorkerRequest;
}

export type BackupWorkerResponse =
  | { readonly id: number; readonly ok: true; readonly result: BackupWorkerResults[keyof BackupWorkerResults] }
  | { readonly id: number; readonly ok: false; readonly failure: BackupWorkerFailure };
