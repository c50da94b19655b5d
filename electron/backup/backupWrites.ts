import { createHash, randomBytes, type Hash } from 'node:crypto';
import { open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { HEADER_READ_BYTES, readBackupHeader } from '../../shared/backup';
import type { ShellMessages } from '../../shared/i18n/shell';
import { syncDirectory } from '../durableFile';
import { BackupVerifyError, nodeSha256, PARTIAL_SUFFIX, readPrefix, type StoredBackupFile } from './backupFolder';

/**
 * Backups written in chunks, one session per backup: `begin` opens a hidden temporary file next
 * to where the backup will be, each chunk is appended in order (0, 1, 2 … — a chunk out of
 * order, past the announced size or for a session that is not open refuses and ends the
 * session), and `finish` checks that every byte came and that their SHA-256 is the one the
 * page computed, forces the file to disk, reads it back as a backup (its header, and its dump
 * against the header's length and SHA-256), and only then renames it to its name. Any refusal
 * or `abort` deletes the temporary file, so a backup's name only ever holds a whole, verified
 * backup; temporary files a crash left are swept when the folder is next used.
 */

interface Session {
  readonly fileName: string;
  readonly directory: string;
  readonly temporary: string;
  readonly handle: FileHandle;
  readonly declared: number;
  readonly hash: Hash;
  received: number;
  nextIndex: number;
}

/** A refusal in the user's words; the session it names is over. */
export class BackupWriteRefused extends Error {}

const READ_BACK_BYTES = 4 * 1024 * 1024;

/** The SHA-256 of a file, and of its bytes from `from` on, read in pieces. */
async function hashFile(filePath: string, from: number): Promise<{ whole: string; tail: string; bytes: number }> {
  const handle = await open(filePath, 'r');
  try {
    const whole = createHash('sha256');
    const tail = createHash('sha256');
    const buffer = new Uint8Array(READ_BACK_BYTES);
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      const piece = buffer.subarray(0, bytesRead);
      whole.update(piece);
      if (position + bytesRead > from) tail.update(piece.subarray(Math.max(0, from - position)));
      position += bytesRead;
    }
    return { whole: whole.digest('hex'), tail: tail.digest('hex'), bytes: position };
  } finally {
    await handle.close();
  }
}

export class BackupWriteSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly messages: () => ShellMessages) {}

  /** The temporary files of the writes under way: the ones a sweep must leave alone. */
  liveTemporaries(): ReadonlySet<string> {
    return new Set([...this.sessions.values()].map((s) => s.temporary));
  }

  async begin(directory: string, fileName: string, bytes: number): Promise<string> {
    const session = randomBytes(16).toString('hex');
    const temporary = path.join(directory, `.${fileName}.${randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}`);
    const handle = await open(temporary, 'wx');
    this.sessions.set(session, { fileName, directory, temporary, handle, declared: bytes, hash: createHash('sha256'), received: 0, nextIndex: 0 });
    return session;
  }

  async chunk(id: string, index: number, data: Uint8Array): Promise<number> {
    const session = this.open(id);
    if (index !== session.nextIndex) return this.refuse(id, this.messages().errors.backupChunkOutOfOrder(session.fileName, session.nextIndex, index));
    if (session.received + data.byteLength > session.declared) return this.refuse(id, this.messages().errors.backupChunkBeyondEnd(session.fileName));
    try {
      await session.handle.write(data, 0, data.byteLength, session.received);
    } catch (error) {
      await this.drop(id);
      throw error;
    }
    session.hash.update(data);
    session.received += data.byteLength;
    session.nextIndex += 1;
    return session.received;
  }

  async finish(id: string, sha256: string): Promise<StoredBackupFile> {
    const session = this.open(id);
    const errors = this.messages().errors;
    if (session.received !== session.declared) return this.refuse(id, errors.backupIncomplete(session.fileName));
    if (session.hash.digest('hex') !== sha256) return this.refuse(id, errors.backupChecksumMismatch(session.fileName));
    try {
      await session.handle.sync();
      await session.handle.close();
      this.sessions.delete(id);
      // What the disk holds now, read back: the bytes sent, and a backup whose dump is its header's.
      let manifest: StoredBackupFile['manifest'];
      try {
        const header = await readBackupHeader(await readPrefix(session.temporary, HEADER_READ_BYTES), nodeSha256);
        const read = await hashFile(session.temporary, header.payloadOffset);
        if (read.whole !== sha256) throw new BackupWriteRefused(errors.backupChecksumMismatch(session.fileName));
        if (read.bytes - header.payloadOffset !== header.manifest.payload.bytes || read.tail !== header.manifest.payload.sha256) throw new BackupVerifyError(session.fileName);
        manifest = header.manifest;
      } catch (error) {
        if (error instanceof BackupWriteRefused) throw error;
        throw new BackupVerifyError(session.fileName);
      }
      await rename(session.temporary, path.join(session.directory, session.fileName));
      await syncDirectory(session.directory);
      return { fileName: session.fileName, bytes: session.declared, manifest };
    } catch (error) {
      await this.drop(id);
      await unlink(session.temporary).catch(() => undefined);
      throw error;
    }
  }

  /** Ends a write and deletes what it wrote; false when no such write was under way. */
  async abort(id: string): Promise<boolean> {
    if (!this.sessions.has(id)) return false;
    await this.drop(id);
    return true;
  }

  private open(id: string): Session {
    const session = this.sessions.get(id);
    if (!session) throw new BackupWriteRefused(this.messages().errors.backupWriteUnknown);
    return session;
  }

  private async refuse(id: string, message: string): Promise<never> {
    await this.drop(id);
    throw new BackupWriteRefused(message);
  }

  private async drop(id: string): Promise<void> {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    await session.handle.close().catch(() => undefined);
    await unlink(session.temporary).catch(() => undefined);
  }
}

/**
 * Deletes the temporary files of backup writes no longer under way (the app was closed or
 * crashed mid-write): run on the folder's first use after a start, when no write of this
 * process can be under way yet, and they are never listed as backups either way.
 */
export async function sweepTemporaries(directory: string, live: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  for (const name of await readdir(directory).catch(() => [] as string[])) {
    const filePath = path.join(directory, name);
    if (!name.startsWith('.') || !name.endsWith(PARTIAL_SUFFIX) || live.has(filePath)) continue;
    const info = await stat(filePath).catch(() => undefined);
    if (!info?.isFile()) continue;
    await unlink(filePath).then(() => (removed += 1)).catch(() => undefined);
  }
  return removed;
}
