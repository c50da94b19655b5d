import { createBrowserBackupStorage, type BrowserBackupOptions } from './browserBackupStorage';
import { createFolderBackupStorage, originBackupFolder } from './folderBackupStorage';
import type { BackupStorage } from './Platform';

/**
 * Moves every backup of `from` into `to`: each is written and verified there (temporary name,
 * read back, rename) before it leaves `from`, so a page killed midway leaves it in one place or
 * both, never in neither. Returns how many moved.
 */
export async function moveBackups(from: BackupStorage, to: BackupStorage): Promise<number> {
  const { entries } = await from.list();
  if (entries.length === 0) return 0;
  const there = new Set((await to.list()).entries.map((entry) => entry.fileName));
  for (const entry of entries) {
    if (!there.has(entry.fileName)) await to.write(entry.fileName, await from.read(entry.fileName));
    await from.remove([entry.fileName]);
  }
  return entries.length;
}

/**
 * Where the browser build keeps its backups: files in the origin private file system, apart
 * from IndexedDB; those an earlier version kept in their IndexedDB database are moved there the
 * first time. Without a private file system, the IndexedDB database still serves.
 */
export async function openBrowserBackups(options: Pick<BrowserBackupOptions, 'pickFile' | 'writer'> = {}): Promise<BackupStorage> {
  const folder = await originBackupFolder().catch(() => null);
  if (!folder) return createBrowserBackupStorage(options);
  const storage = createFolderBackupStorage(folder, options);
  // A move that fails (a full disk) leaves the old backups where they were, still restorable
  // from there by an older build; the new ones go to the folder regardless.
  await moveBackups(createBrowserBackupStorage(), storage).catch(() => undefined);
  return storage;
}

/** Where the backup worker writes: the folder the window lists, without moving anything. */
export async function writableBrowserBackups(): Promise<BackupStorage> {
  const folder = await originBackupFolder().catch(() => null);
  return folder ? createFolderBackupStorage(folder) : createBrowserBackupStorage();
}

/** A storage opened on first use: the platform is made synchronously, the folder is not. */
export function lazyBackupStorage(open: () => Promise<BackupStorage>): BackupStorage {
  let opened: Promise<BackupStorage> | undefined;
  const storage = () => (opened ??= open());
  return {
    list: async () => (await storage()).list(),
    write: async (fileName, file) => (await storage()).write(fileName, file),
    read: async (fileName) => (await storage()).read(fileName),
    remove: async (fileNames) => (await storage()).remove(fileNames),
    saveCopy: async (fileName) => (await storage()).saveCopy(fileName),
    openFile: async () => (await storage()).openFile(),
    chooseFolder: null,
  };
}
