import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { BACKUP_CHUNK_BYTES } from '../../shared/ipc/contract';

/**
 * Backups read in chunks from an offset, so a 100 MB backup never crosses IPC as one message:
 * one from the backup folder by its name, or a file the user chose in the open dialog (another
 * PC's copy on a USB drive) by the token the dialog's answer gave the page — the page never
 * names a path, so it can read nothing the user did not choose.
 */

/** The files the user opened, by token; only the last few are kept. */
export class OpenedBackups {
  private readonly paths = new Map<string, string>();

  constructor(private readonly keep = 4) {}

  add(filePath: string): string {
    const token = randomBytes(16).toString('hex');
    this.paths.set(token, filePath);
    while (this.paths.size > this.keep) this.paths.delete(this.paths.keys().next().value!);
    return token;
  }

  pathOf(token: string): string | undefined {
    return this.paths.get(token);
  }
}

/** Up to one chunk of the file from `offset`, and the file's length. */
export async function readBackupChunkAt(filePath: string, offset: number): Promise<{ data: Uint8Array<ArrayBuffer>; bytes: number }> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.max(0, Math.min(BACKUP_CHUNK_BYTES, size - offset));
    const data = new Uint8Array(length);
    const { bytesRead } = length === 0 ? { bytesRead: 0 } : await handle.read(data, 0, length, offset);
    return { data: bytesRead === length ? data : data.slice(0, bytesRead), bytes: size };
  } finally {
    await handle.close();
  }
}
