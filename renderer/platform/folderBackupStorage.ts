import { HEADER_READ_BYTES, isBackupFileName, readBackupHeader, verifyBackupIntegrity } from '../../shared/backup';
import { downloadBlob, pickedBackupFile, type BrowserBackupOptions } from './browserBackupStorage';
import type { BackupStorage, StoredBackup } from './Platform';
import { webSha256 } from './webSha256';

/**
 * The few file operations a folder of backups needs: the origin private file system in the
 * browser build (`originBackupFolder`), a map in tests.
 */
export interface BackupFolder {
  names(): Promise<string[]>;
  write(name: string, file: Blob): Promise<void>;
  read(name: string): Promise<File>;
  rename(from: string, to: string): Promise<void>;
  remove(name: string): Promise<void>;
}

/** A write under way, or one a killed page left: never listed, swept once abandoned. */
const PARTIAL_SUFFIX = '.partial';
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export type FolderBackupOptions = Pick<BrowserBackupOptions, 'download' | 'pickFile' | 'now' | 'writer'>;

/**
 * Backups as files in a folder, written as a real file system demands: under a temporary name,
 * read back and verified against their manifest, then renamed; the listing reads only each
 * file's header. In the browser build the folder is the origin private file system, apart from
 * IndexedDB: a LevelDB Chromium finds damaged and recreates (the corrupted-profile journey) takes
 * every IndexedDB database of the origin with it — the ledger's and the backups' alike — but
 * not these files.
 */
export function createFolderBackupStorage(folder: BackupFolder, options: FolderBackupOptions = {}): BackupStorage {
  const now = options.now ?? Date.now;
  const list = async () => {
    const names = await folder.names();
    const entries: StoredBackup[] = [];
    for (const name of names) {
      const file = await folder.read(name).catch(() => null);
      if (!file) continue;
      if (name.endsWith(PARTIAL_SUFFIX)) {
        if (now() - file.lastModified > ABANDONED_AFTER_MS) await folder.remove(name).catch(() => undefined);
        continue;
      }
      if (!isBackupFileName(name)) continue;
      try {
        const { manifest } = await readBackupHeader(new Uint8Array(await file.slice(0, HEADER_READ_BYTES).arrayBuffer()), webSha256);
        entries.push({ fileName: name, bytes: file.size, manifest });
      } catch {
        // A file that is not a backup (or no longer reads as one) is not offered; restoring checks it whole anyway.
      }
    }
    return { location: '', entries: entries.sort((a, b) => b.manifest.createdAt - a.manifest.createdAt) };
  };
  const read = async (fileName: string): Promise<Blob> => {
    if (!isBackupFileName(fileName)) throw new Error(`no backup named ${fileName}`);
    return folder.read(fileName);
  };
  return {
    list,
    write:
      options.writer ??
      (async (fileName, file) => {
        if (!isBackupFileName(fileName)) throw new Error(`not a backup file name: ${fileName}`);
        const partial = `${fileName}${PARTIAL_SUFFIX}`;
        try {
          await folder.write(partial, file);
          const back = await folder.read(partial);
          const { manifest } = await verifyBackupIntegrity(new Uint8Array(await back.arrayBuffer()), webSha256);
          await folder.rename(partial, fileName);
          return { fileName, bytes: back.size, manifest };
        } catch (error) {
          await folder.remove(partial).catch(() => undefined);
          throw error;
        }
      }),
    read,
    remove: async (fileNames) => {
      for (const name of fileNames) await folder.remove(name).catch(() => undefined);
    },
    saveCopy: async (fileName) => {
      (options.download ?? downloadBlob)(await read(fileName), fileName);
      return { status: 'saved', path: fileName };
    },
    openFile: () => pickedBackupFile(options.pickFile),
    chooseFolder: null,
  };
}

/** FileSystemHandle.move: in Chromium for the origin private file system, not yet in TypeScript's DOM library. */
interface MovableFileHandle extends FileSystemFileHandle {
  move(newName: string): Promise<void>;
}

/** The folder `backups` in the origin private file system; null where there is none. */
export async function originBackupFolder(storage: StorageManager | undefined = navigator.storage as StorageManager | undefined): Promise<BackupFolder | null> {
  if (!storage?.getDirectory) return null;
  const root = await storage.getDirectory();
  const dir = await root.getDirectoryHandle('backups', { create: true });
  return {
    names: async () => {
      const names: string[] = [];
      for await (const name of (dir as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> }).keys()) names.push(name);
      return names;
    },
    write: async (name, file) => {
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable({ keepExistingData: false });
      try {
        await writable.write(file);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        throw error;
      }
    },
    read: async (name) => (await dir.getFileHandle(name)).getFile(),
    rename: async (from, to) => {
      await ((await dir.getFileHandle(from)) as MovableFileHandle).move(to);
    },
    remove: (name) => dir.removeEntry(name),
  };
}
