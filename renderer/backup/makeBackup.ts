import { Dexie, type DexieOptions } from 'dexie';
import { exportDB } from 'dexie-export-import';
import { encodeBackupHeader } from '../../shared/backup/backupFile';
import type { BackupManifest, BackupReason } from '../../shared/backup/manifest';
import { tableChecksums } from './tableChecksums';
import { webSha256 } from '../platform/webSha256';

export interface BackupRequest {
  readonly dbName: string;
  readonly reason: BackupReason;
  readonly appVersion: string;
  readonly operator: string;
  readonly streetName: string;
  /** The office's settings to carry (settingsToKeep); absent, the backup holds none. */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly now?: number;
  readonly dexieOptions?: DexieOptions;
}

export interface MadeBackup {
  readonly file: Blob;
  readonly manifest: BackupManifest;
}

/**
 * The whole database as one backup file. The database is opened without a schema of its own
 * (Dexie reads the stored one), so every table it holds is dumped — tables added by later
 * versions included, and an older installation's tables as that version left them (the backup
 * before an upgrade). dexie-export-import reads every table in one read transaction: the dump
 * is one consistent moment even while the window keeps writing.
 */
export async function makeBackup(request: BackupRequest): Promise<MadeBackup> {
  // Without a declared version Dexie opens what is stored, and refuses (NoSuchDatabaseError)
  // a database that does not exist rather than creating an empty one.
  const db = new Dexie(request.dbName, request.dexieOptions ?? {});
  let dump: Blob;
  try {
    await db.open();
    dump = await exportDB(db);
  } finally {
    db.close();
  }
  const payload = new Uint8Array(await dump.arrayBuffer());
  const { databaseVersion, tables } = await tableChecksums(new TextDecoder().decode(payload), webSha256);
  const manifest: BackupManifest = {
    format: 'street-ledger-backup',
    formatVersion: 1,
    appVersion: request.appVersion,
    schemaVersion: databaseVersion,
    createdAt: request.now ?? Date.now(),
    operator: request.operator,
    reason: request.reason,
    streetName: request.streetName,
    tables,
    ...(request.settings ? { settings: { ...request.settings } } : {}),
    payload: { bytes: payload.length, sha256: await webSha256(payload) },
  };
  const header = await encodeBackupHeader(manifest, webSha256);
  return { file: new Blob([header.slice().buffer, dump]), manifest };
}
