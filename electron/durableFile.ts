import { open, rename, unlink } from 'node:fs/promises';

/**
 * Writes a new file and forces it to the disk (fsync) before anyone renames it into place:
 * without the flush a power cut right after the rename can leave the clerk's workbook or backup
 * as a zero-length file under its real name (ext4, NTFS delayed allocation).
 */
export async function writeSynced(filePath: string, data: Uint8Array): Promise<void> {
  const handle = await open(filePath, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable on Linux; Windows cannot open a directory, and NTFS journals the rename anyway. */
export async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort only
  }
}

/** Written under `temporary`, flushed, then renamed over `target`: the old file stays whole on failure. */
export async function replaceDurably(temporary: string, target: string, data: Uint8Array, directory: string): Promise<void> {
  try {
    await writeSynced(temporary, data);
    await rename(temporary, target);
    await syncDirectory(directory);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
