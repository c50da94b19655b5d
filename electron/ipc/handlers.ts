import path from 'node:path';
import type { z } from 'zod';
import {
  MAX_FILE_BYTES,
  type IpcContract,
  type IpcOperation,
  type IpcOutput,
} from '../../shared/ipc/contract';
import { shellMessages, type ShellMessages } from '../../shared/i18n/shell';
import { createBackupHandlers, type BackupDependencies } from '../backup';
import type { SettingsRepository } from '../settingsRepository';
import { createFaultHandlers, type FaultDependencies } from './faultHandlers';

/**
 * One handler per operation of the contract, each taking the already-parsed input. The map type
 * makes a missing, extra or mistyped handler a compile error.
 */
export type IpcHandlers = {
  readonly [K in IpcOperation]: (input: z.output<IpcContract[K]['input']>, context: InvocationContext) => Promise<IpcOutput<K>>;
};

/** What a handler may use of the window that asked: only what some operation needs. */
export interface InvocationContext {
  /** The asking page as it prints on A4 paper, as PDF bytes. */
  readonly printToPdf: () => Promise<Uint8Array>;
}

export interface FileFilter {
  readonly name: string;
  readonly extensions: string[];
}

export interface FileDialogOptions {
  readonly title: string;
  readonly defaultPath: string;
  readonly filters: FileFilter[];
}

/** The native dialogs; each resolves to the chosen path, or undefined when the user cancels. */
export interface FileDialogs {
  chooseSavePath(options: FileDialogOptions): Promise<string | undefined>;
  chooseOpenPath(options: FileDialogOptions): Promise<string | undefined>;
  /** A folder (the backup folder, e.g. on a USB drive). */
  chooseFolder(options: { title: string; defaultPath: string }): Promise<string | undefined>;
}

export type BoundedRead =
  | { readonly status: 'read'; readonly data: Uint8Array<ArrayBuffer> }
  | { readonly status: 'tooLarge'; readonly bytes: number }
  | { readonly status: 'notAFile' };

export interface FileAccess {
  write(filePath: string, data: Uint8Array): Promise<void>;
  /** Reads the whole file only when it is at most `limit` bytes; never reads much past that. */
  readAtMost(filePath: string, limit: number): Promise<BoundedRead>;
}

export interface ShellDependencies {
  readonly settings: SettingsRepository;
  readonly dialogs: FileDialogs;
  readonly files: FileAccess;
  /** Where the dialogs open until the user has picked a folder in this session (Documents). */
  readonly defaultDirectory: () => string;
  /** The user's Documents folder, under which the backups go unless settings say otherwise. */
  readonly documentsDirectory: () => string;
  readonly faults: FaultDependencies;
}

export function createHandlers(deps: ShellDependencies): IpcHandlers {
  // Exports and imports of one sitting usually share a folder; start the next dialog there.
  let lastDirectory: string | undefined;
  const messages = (): ShellMessages => shellMessages[deps.settings.read().locale];
  const startIn = (name: string): string => path.join(lastDirectory ?? deps.defaultDirectory(), name);

  return {
    getSettings: async () => deps.settings.read(),

    updateSettings: async (patch) => deps.settings.update(patch),

    saveFile: async ({ suggestedName, data, filters }) => {
      const text = messages();
      const chosen = await deps.dialogs.chooseSavePath({
        title: text.dialogs.saveTitle,
        defaultPath: startIn(suggestedName),
        filters,
      });
      if (chosen === undefined) return { status: 'cancelled' };
      lastDirectory = path.dirname(chosen);
      try {
        await deps.files.write(chosen, data);
      } catch (error) {
        throw new Error(describeWriteError(text, path.basename(chosen), error));
      }
      return { status: 'saved', path: chosen };
    },

    openFile: async ({ filters }) => {
      const text = messages();
      const chosen = await deps.dialogs.chooseOpenPath({ title: text.dialogs.openTitle, defaultPath: startIn(''), filters });
      if (chosen === undefined) return { status: 'cancelled' };
      lastDirectory = path.dirname(chosen);
      const name = path.basename(chosen);
      let read: BoundedRead;
      try {
        read = await deps.files.readAtMost(chosen, MAX_FILE_BYTES);
      } catch (error) {
        throw new Error(text.errors.readFailed(name, reasonOf(error)));
      }
      switch (read.status) {
        case 'tooLarge':
          return { status: 'tooLarge', name, bytes: read.bytes };
        case 'notAFile':
          throw new Error(text.errors.notAFile(name));
        case 'read':
          return { status: 'opened', name, data: read.data };
      }
    },

    saveAsPdf: async ({ suggestedName }, context) => {
      const text = messages();
      const chosen = await deps.dialogs.chooseSavePath({
        title: text.dialogs.saveTitle,
        defaultPath: startIn(suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (chosen === undefined) return { status: 'cancelled' };
      lastDirectory = path.dirname(chosen);
      const pdf = await context.printToPdf();
      try {
        await deps.files.write(chosen, pdf);
      } catch (error) {
        throw new Error(describeWriteError(text, path.basename(chosen), error));
      }
      return { status: 'saved', path: chosen };
    },

    ...createFaultHandlers(deps.faults),

    ...createBackupHandlers({ settings: deps.settings, dialogs: deps.dialogs, files: deps.files, documentsDirectory: deps.documentsDirectory, messages } satisfies BackupDependencies),
  };
}

function describeWriteError(text: ShellMessages, name: string, error: unknown): string {
  switch (errorCode(error)) {
    // What Windows reports for a workbook that Excel or WPS holds open, or a read-only folder.
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return text.errors.fileBusy(name);
    case 'ENOSPC':
      return text.errors.diskFull(name);
    default:
      return text.errors.saveFailed(name, reasonOf(error));
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
