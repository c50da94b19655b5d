import { randomBytes } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { replaceDurably } from '../durableFile';
import type { BoundedRead, FileAccess } from './handlers';

/** The file system behind saveFile and openFile. */
export const nodeFileAccess: FileAccess = {
  async write(filePath, data) {
    // Written beside the target, flushed and renamed over it, so a failed save (disk full,
    // workbook held open by Excel) or a power cut leaves the previous file whole instead of truncated.
    const temporary = `${filePath}.${randomBytes(4).toString('hex')}.tmp`;
    await replaceDurably(temporary, filePath, data, path.dirname(filePath));
  },

  async readAtMost(filePath, limit) {
    const handle = await open(filePath, 'r');
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return { status: 'notAFile' };
      if (stats.size > limit) return { status: 'tooLarge', bytes: stats.size };
      return await readUpTo(handle, stats.size, limit);
    } finally {
      await handle.close();
    }
  },
};

const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads to the end, but stops one byte past the limit: the file may have grown since it was
 * measured, and a file that did is refused rather than read whole.
 */
async function readUpTo(handle: FileHandle, expected: number, limit: number): Promise<BoundedRead> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total <= limit) {
    const size = Math.min(total === 0 ? expected + 1 : CHUNK_BYTES, limit + 1 - total);
    const chunk = new Uint8Array(size);
    const { bytesRead } = await handle.read(chunk, 0, size, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  if (total > limit) return { status: 'tooLarge', bytes: total };
  // Copied into one exact-size buffer: IPC would otherwise ship each chunk's whole backing store.
  const data = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.length;
  }
  return { status: 'read', data };
}
