import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../../shared/backup/backupFile';
import { ipcContract } from '../../shared/ipc/contract';
import { shellMessages } from '../../shared/i18n/shell';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/settings';
import { appOriginFor, isTrustedSender } from '../appOrigin';
import { CommitGuard } from '../commitGuard';
import { nodeFileAccess } from '../ipc/fileAccess';
import { gatedListener } from '../ipc/register';
import { createHandlers } from '../ipc/handlers';
import { settingsRepository } from '../settingsRepository';
import { backupBytes } from '../testing/backupFile';
import { listBackupFiles, nodeSha256 } from './backupFolder';
import { createBackupHandlers, DEFAULT_BACKUP_FOLDER } from './backupHandlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), '街道-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('listBackupFiles', () => {
  it('lists finished backups newest first, never temporary or foreign files, and sweeps abandoned temporaries', async () => {
    const older = backupFileName(1_000, 'daily');
    const newer = backupFileName(2_000, 'manual');
    await writeFile(path.join(dir, older), await backupBytes(1_000));
    await writeFile(path.join(dir, newer), await backupBytes(2_000));
    await writeFile(path.join(dir, `.${newer}.1234.partial`), (await backupBytes(3_000)).subarray(0, 50));
    const abandoned = path.join(dir, `.${older}.9999.partial`);
    await writeFile(abandoned, 'half');
    await utimes(abandoned, new Date(0), new Date(0));
    await writeFile(path.join(dir, '台账备份_renamed.slbak'), 'PK\u0003\u0004 a workbook');
    expect((await listBackupFiles(dir)).map((b) => b.fileName)).toEqual([newer, older]);
    expect((await readdir(dir)).sort()).toEqual([`.${newer}.1234.partial`, newer, older, '台账备份_renamed.slbak'].sort());
  });
});

function handlers(settings: Partial<Settings> = {}) {
  let stored: unknown = { ...DEFAULT_SETTINGS, ...settings };
  const repository = settingsRepository({ read: () => stored, write: (next) => (stored = next) });
  const deps = {
    settings: repository,
    dialogs: {
      chooseSavePath: async () => path.join(dir, 'copy.slbak'),
      chooseOpenPath: async () => undefined,
      chooseFolder: async () => path.join(dir, 'usb'),
    },
    files: nodeFileAccess,
    documentsDirectory: () => dir,
    messages: () => shellMessages['zh-CN'],
  };
  return { backups: createBackupHandlers(deps), settings: repository };
}

describe('the backup folder over IPC', () => {
  it('uses Documents/街道物业台账/备份 by default, making it on first use', async () => {
    const { backups } = handlers();
    const listing = await backups.listBackups(undefined, { printToPdf: async () => new Uint8Array() });
    expect(listing).toEqual({ location: path.join(dir, ...DEFAULT_BACKUP_FOLDER), entries: [] });
  });

  it('says plainly when a chosen folder is gone, and writes nothing', async () => {
    const { backups } = handlers({ backupDirectory: path.join(dir, 'U盘', '备份') });
    const context = { printToPdf: async () => new Uint8Array() };
    await expect(backups.listBackups(undefined, context)).rejects.toThrow(/^备份文件夹“.*U盘.*”不存在或无法访问（U 盘是否已拔出？），请插回后重试，或在“备份与恢复”中另选文件夹。$/);
    await expect(backups.beginBackupWrite({ fileName: backupFileName(1, 'manual'), bytes: 100 }, context)).rejects.toThrow(/不存在或无法访问/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes, reads back, copies, deletes, and remembers a chosen folder', async () => {
    const { backups, settings } = handlers();
    const context = { printToPdf: async () => new Uint8Array() };
    const name = backupFileName(5, 'manual');
    const bytes = await backupBytes(5);
    const { session } = await backups.beginBackupWrite({ fileName: name, bytes: bytes.length }, context);
    await backups.writeBackupChunk({ session, index: 0, data: bytes }, context);
    await backups.finishBackupWrite({ session, sha256: await nodeSha256(bytes) }, context);
    expect(await backups.readBackupChunk({ source: { kind: 'stored', fileName: name }, offset: 0 }, context)).toEqual({ data: bytes, bytes: bytes.length });
    expect(await backups.saveBackupCopy({ fileName: name }, context)).toEqual({ status: 'saved', path: path.join(dir, 'copy.slbak') });
    expect(new Uint8Array(await readFile(path.join(dir, 'copy.slbak')))).toEqual(bytes);
    expect(await backups.deleteBackups({ fileNames: [name] }, context)).toEqual({ deleted: 1 });
    expect((await backups.listBackups(undefined, context)).entries).toEqual([]);
    expect(await backups.chooseBackupFolder(undefined, context)).toEqual({ status: 'chosen', folder: path.join(dir, 'usb') });
    expect(settings.read().backupDirectory).toBe(path.join(dir, 'usb'));
  });

  it('refuses a path for a file name and a request from another page', async () => {
    const all = createHandlers({
      settings: handlers().settings,
      dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => undefined, chooseFolder: async () => undefined },
      files: nodeFileAccess,
      defaultDirectory: () => dir,
      documentsDirectory: () => dir,
      faults: { ledgerState: { read: () => null, write: () => undefined }, freeDiskBytes: async () => 0, commitGuard: new CommitGuard() },
    });
    const app = appOriginFor();
    const gate = { isTrustedSender: (frame: { url: string } | null | undefined) => isTrustedSender(app, frame), messages: () => shellMessages['zh-CN'] };
    const read = gatedListener('readBackupChunk', all, gate);
    const fromApp = { senderFrame: { url: app.entryUrl } };
    const stored = (fileName: string) => ({ source: { kind: 'stored', fileName }, offset: 0 });
    await expect(read(fromApp, stored('../settings.json'))).rejects.toThrow(/请求内容无效（backup:read-chunk）/);
    await expect(read(fromApp, stored('notes.txt'))).rejects.toThrow(/请求内容无效/);
    await expect(read({ senderFrame: { url: 'https://evil.example/' } }, stored(backupFileName(1, 'manual')))).rejects.toThrow(/已拒绝请求（backup:read-chunk）/);
    expect(ipcContract.readBackupChunk.channel).toBe('backup:read-chunk');
  });
});
