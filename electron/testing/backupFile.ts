import { encodeBackupHeader } from '../../shared/backup/backupFile';
import type { BackupManifest } from '../../shared/backup/manifest';
import { nodeSha256 } from '../backup/backupFolder';

/** A small dexie-export-import dump: what a backup of an empty ledger holds. */
export const EMPTY_DUMP = new TextEncoder().encode(JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { tables: [], data: [] } }));

/** A well-formed backup file (header with its manifest and checksums) around `payload`. */
export async function backupBytes(createdAt: number, payload: Uint8Array = EMPTY_DUMP): Promise<Uint8Array> {
  const manifest: BackupManifest = {
    format: 'street-ledger-backup', formatVersion: 1, appVersion: '0.1.0', schemaVersion: 4, createdAt, operator: '张敏', reason: 'manual',
    streetName: '牌楼街道', tables: [{ name: 'estates', rows: 0, sha256: 'a'.repeat(64) }], payload: { bytes: payload.length, sha256: await nodeSha256(payload) },
  };
  const header = await encodeBackupHeader(manifest, nodeSha256);
  const out = new Uint8Array(header.length + payload.length);
  out.set(header);
  out.set(payload, header.length);
  return out;
}
