import { readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { BACKUP_EXTENSION } from '../../shared/backup';
import type { ShellMessages } from '../../shared/i18n/shell';
import { MAX_BACKUP_BYTES } from '../../shared/ipc/contract';
import type { SettingsRepository } from '../settingsRepository';
import type { FileAccess, FileDialogs, IpcHandlers } from '../ipc/handlers';
import { BackupVerifyError, ensureBackupFolder, listBackupFiles, writeBackupFile } from './backupFolder';

/** The folder under Documents when the user has not chosen one: 街道物业台账/备份. */
// A folder's name, not UI words: one fixed place in every locale, so a switched language finds its backups.
export const DEFAULT_BACKUP_FOLDER = ['街道物业台账', '备份'] as const;

export interface BackupDependencies {
  readonly settings: SettingsRepository;
  readonly dialogs: FileDialogs & { chooseFolder(options: { title: string; defaultPath: string }): Promise<string | undefined> };
  readonly files: FileAccess;
  readonly documentsDirectory: () => string;
  readonly messages: () => ShellMessages;
}

type BackupOperation = 'listBackups' | 'writeBackup' | 'readBackup' | 'deleteBackups' | 'saveBackupCopy' | 'openBackupFile' | 'chooseBackupFolder';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The backup folder's operations, for the main process's IPC handlers. */
export function createBackupHandlers(deps: BackupDependencies): Pick<IpcHandlers, BackupOperation> {
  const chosen = () => deps.settings.read().backupDirectory;
  const defaultFolder = () => path.join(deps.documentsDirectory(), ...DEFAULT_BACKUP_FOLDER);
  /** The folder, made if it is the default; a chosen folder that is gone is said so plainly. */
  const folder = async (): Promise<string> => {
    const directory = chosen() === '' ? defaultFolder() : chosen();
    let usable = false;
    try {
      usable = await ensureBackupFolder(directory, chosen() === '');
    } catch {
      usable = false;
    }
    if (!usable) throw new Error(deps.messages().errors.backupFolderMissing(directory));
    return directory;
  };
  const inFolder = async (fileName: string) => path.join(await folder(), fileName);
  const filters = () => [{ name: deps.messages().dialogs.backupFilter, extensions: [BACKUP_EXTENSION] }];

  return {
    listBackups: async () => {
      const directory = await folder();
      return { location: directory, entries: await listBackupFiles(directory) };
    },
    writeBackup: async ({ fileName, data }) => {
      const directory = await folder();
      try {
        return await writeBackupFile(directory, fileName, data);
      } catch (error) {
        if (error instanceof BackupVerifyError) throw new Error(deps.messages().errors.backupVerifyFailed(fileName));
        if (errorCode(error) === 'ENOSPC') throw new Error(deps.messages().errors.diskFull(fileName));
        throw new Error(deps.messages().errors.saveFailed(fileName, error instanceof Error ? error.message : String(error)));
      }
    },
    readBackup: async ({ fileName }) => {
      const read = await deps.files.readAtMost(await inFolder(fileName), MAX_BACKUP_BYTES).catch((error: unknown) => {
        if (errorCode(error) === 'ENOENT') throw new Error(deps.messages().errors.backupMissing(fileName));
        throw error;
      });
      if (read.status !== 'read') throw new Error(deps.messages().errors.notAFile(fileName));
      return { data: read.data };
    },
    deleteBackups: async ({ fileNames }) => {
      const directory = await folder();
      let deleted = 0;
      for (const name of fileNames) {
        try {
          await unlink(path.join(directory, name));
          deleted += 1;
        } catch (error) {
          if (errorCode(error) !== 'ENOENT') throw error;
        }
      }
      return { deleted };
    },
    saveBackupCopy: async ({ fileName }) => {
      const source = await inFolder(fileName);
      const target = await deps.dialogs.chooseSavePath({ title: deps.messages().dialogs.saveTitle, defaultPath: path.join(deps.documentsDirectory(), fileName), filters: filters() });
      if (target === undefined) return { status: 'cancelled' };
      await deps.files.write(target, await readFile(source));
      return { status: 'saved', path: target };
    },
    openBackupFile: async () => {
      const chosenPath = await deps.dialogs.chooseOpenPath({ title: deps.messages().dialogs.openBackup, defaultPath: deps.documentsDirectory(), filters: filters() });
      if (chosenPath === undefined) return { status: 'cancelled' };
      const name = path.basename(chosenPath);
      const read = await deps.files.readAtMost(chosenPath, MAX_BACKUP_BYTES);
      switch (read.status) {
        case 'tooLarge':
          return { status: 'tooLarge', name, bytes: read.bytes };
        case 'notAFile':
          throw new Error(deps.messages().errors.notAFile(name));
        case 'read':
          return { status: 'opened', name, data: read.data };
      }
    },
    chooseBackupFolder: async () => {
      const picked = await deps.dialogs.chooseFolder({ title: deps.messages().dialogs.chooseBackupFolder, defaultPath: chosen() || defaultFolder() });
      if (picked === undefined) return { status: 'cancelled' };
      deps.settings.update({ backupDirectory: picked });
      return { status: 'chosen', folder: picked };
    },
  };
}
