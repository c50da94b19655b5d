import { readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { BACKUP_EXTENSION } from '../../shared/backup';
import type { ShellMessages } from '../../shared/i18n/shell';
import { MAX_BACKUP_BYTES } from '../../shared/ipc/contract';
import type { SettingsRepository } from '../settingsRepository';
import type { FileAccess, FileDialogs, IpcHandlers } from '../ipc/handlers';
import { BackupVerifyError, ensureBackupFolder, listBackupFiles } from './backupFolder';
import { OpenedBackups, readBackupChunkAt } from './backupReads';
import { BackupWriteRefused, BackupWriteSessions, sweepTemporaries } from './backupWrites';
import { stat } from 'node:fs/promises';

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

type BackupOperation =
  | 'listBackups' | 'beginBackupWrite' | 'writeBackupChunk' | 'finishBackupWrite' | 'abortBackupWrite' | 'readBackupChunk'
  | 'deleteBackups' | 'saveBackupCopy' | 'openBackupFile' | 'chooseBackupFolder';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The backup folder's operations, for the main process's IPC handlers. */
export function createBackupHandlers(deps: BackupDependencies): Pick<IpcHandlers, BackupOperation> {
  const chosen = () => deps.settings.read().backupDirectory;
  const writes = new BackupWriteSessions(deps.messages);
  const opened = new OpenedBackups();
  // Folders swept of the temporary files writes that died left behind: each once per start.
  const swept = new Set<string>();
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
    if (!swept.has(directory)) {
      swept.add(directory);
      await sweepTemporaries(directory, writes.liveTemporaries());
    }
    return directory;
  };
  /** The user's words for a write that failed; a refusal already is. */
  const writeFailure = (fileName: string, error: unknown): Error => {
    if (error instanceof BackupWriteRefused) return error;
    if (error instanceof BackupVerifyError) return new Error(deps.messages().errors.backupVerifyFailed(fileName));
    if (errorCode(error) === 'ENOSPC') return new Error(deps.messages().errors.diskFull(fileName));
    return new Error(deps.messages().errors.saveFailed(fileName, error instanceof Error ? error.message : String(error)));
  };
  const sessionNames = new Map<string, string>();
  const nameOf = (session: string) => sessionNames.get(session) ?? '';
  const inFolder = async (fileName: string) => path.join(await folder(), fileName);
  const filters = () => [{ name: deps.messages().dialogs.backupFilter, extensions: [BACKUP_EXTENSION] }];

  return {
    listBackups: async () => {
      const directory = await folder();
      return { location: directory, entries: await listBackupFiles(directory) };
    },
    beginBackupWrite: async ({ fileName, bytes }) => {
      const directory = await folder();
      try {
        const session = await writes.begin(directory, fileName, bytes);
        sessionNames.set(session, fileName);
        return { session };
      } catch (error) {
        throw writeFailure(fileName, error);
      }
    },
    writeBackupChunk: async ({ session, index, data }) => {
      try {
        return { received: await writes.chunk(session, index, data) };
      } catch (error) {
        throw writeFailure(nameOf(session), error);
      }
    },
    finishBackupWrite: async ({ session, sha256 }) => {
      try {
        return await writes.finish(session, sha256);
      } catch (error) {
        throw writeFailure(nameOf(session), error);
      } finally {
        sessionNames.delete(session);
      }
    },
    abortBackupWrite: async ({ session }) => {
      sessionNames.delete(session);
      return { aborted: await writes.abort(session) };
    },
    readBackupChunk: async ({ source, offset }) => {
      if (source.kind === 'opened') {
        const filePath = opened.pathOf(source.token);
        if (filePath === undefined) throw new Error(deps.messages().errors.backupOpenedUnknown);
        return readBackupChunkAt(filePath, offset);
      }
      return readBackupChunkAt(await inFolder(source.fileName), offset).catch((error: unknown) => {
        if (errorCode(error) === 'ENOENT') throw new Error(deps.messages().errors.backupMissing(source.fileName));
        throw error;
      });
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
      const info = await stat(chosenPath).catch(() => undefined);
      if (!info?.isFile()) throw new Error(deps.messages().errors.notAFile(name));
      if (info.size > MAX_BACKUP_BYTES) return { status: 'tooLarge', name, bytes: info.size };
      // The page reads it chunk by chunk (readBackupChunk) by this token, never by its path.
      return { status: 'opened', name, bytes: info.size, token: opened.add(chosenPath) };
    },
    chooseBackupFolder: async () => {
      const picked = await deps.dialogs.chooseFolder({ title: deps.messages().dialogs.chooseBackupFolder, defaultPath: chosen() || defaultFolder() });
      if (picked === undefined) return { status: 'cancelled' };
      deps.settings.update({ backupDirectory: picked });
      return { status: 'chosen', folder: picked };
    },
  };
}
