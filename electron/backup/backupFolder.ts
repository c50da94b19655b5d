import { createHash } from 'node:crypto';
import { mkdir, open, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { HEADER_READ_BYTES, isBackupFileName, readBackupHeader, type BackupManifest, type Sha256 } from '../../shared/backup';

export const nodeSha256: Sha256 = async (bytes) => createHash('sha256').update(bytes).digest('hex');

export const PARTIAL_SUFFIX = '.partial';
/** A temporary file this old belongs to a write that died (a crash, a pulled USB drive). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export interface StoredBackupFile {
  readonly fileName: string;
  readonly bytes: number;
  readonly manifest: BackupManifest;
}

/** What was written did not read back as the backup it should be (see backupWrites.ts). */
export class BackupVerifyError extends Error {}

/** The first `limit` bytes of a file (a backup's header), or all of a shorter one. */
export async function readPrefix(filePath: string, limit: number): Promise<Uint8Array> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = new Uint8Array(limit);
    const { bytesRead } = await handle.read(buffer, 0, limit, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The backups in a folder, newest first, each read only as far as its header. Files that are not
 * backups (or whose header is damaged) are left alone and not listed; abandoned temporary files
 * of writes that died are removed.
 */
export async function listBackupFiles(directory: string, now = Date.now()): Promise<StoredBackupFile[]> {
  const out: StoredBackupFile[] = [];
  for (const name of await readdir(directory)) {
    const filePath = path.join(directory, name);
    if (name.startsWith('.') && name.endsWith(PARTIAL_SUFFIX)) {
      const info = await stat(filePath).catch(() => undefined);
      if (info && now - info.mtimeMs > ABANDONED_AFTER_MS) await unlink(filePath).catch(() => undefined);
      continue;
    }
    if (!isBackupFileName(name)) continue;
    try {
      const info = await stat(filePath);
      if (!info.isFile()) continue;
      const { manifest } = await readBackupHeader(await readPrefix(filePath, HEADER_READ_BYTES), nodeSha256);
      out.push({ fileName: name, bytes: info.size, manifest });
    } catch {
      // Not a readable backup: not listed, never deleted.
    }
  }
  return out.sort((a, b) => b.manifest.createdAt - a.manifest.createdAt);
}

/** Makes the default folder on first use; a folder the user chose must already exist. */
export async function ensureBackupFolder(directory: string, isDefault: boolean): Promise<boolean> {
  if (isDefault) await mkdir(directory, { recursive: true });
  const info = await stat(directory).catch(() => undefined);
  return info?.isDirectory() ?? false;
}
