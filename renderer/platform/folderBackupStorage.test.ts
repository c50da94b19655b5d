import '../backup/testing/nodeBlobReading';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { backupFileName, isBackupRefusal } from '../../shared/backup';
import { CURRENT_VERSION } from '../db/schema';
import { createAtVersion } from '../db/testing/migrationHarness';
import { makeBackup } from '../backup/makeBackup';
import { seedEveryTable } from '../backup/testing/seedEveryTable';
import { createBrowserBackupStorage } from './browserBackupStorage';
import { moveBackups } from './browserBackups';
import { createFolderBackupStorage, type BackupFolder } from './folderBackupStorage';

/** A folder in memory, with a clock for the files' times and a way to make one step fail. */
function fakeFolder(clock: () => number) {
  const files = new Map<string, File>();
  const failing = new Set<string>();
  const folder: BackupFolder = {
    names: async () => [...files.keys()],
    write: async (name, file) => {
      if (failing.has('write')) throw new DOMException('The disk is full', 'QuotaExceededError');
      files.set(name, new File([await file.arrayBuffer()], name, { lastModified: clock() }));
    },
    read: async (name) => {
      const file = files.get(name);
      if (!file) throw new DOMException(`${name} not found`, 'NotFoundError');
      return file;
    },
    rename: async (from, to) => {
      if (failing.has('rename')) throw new DOMException('rename failed', 'InvalidModificationError');
      const file = files.get(from);
      if (!file) throw new DOMException(`${from} not found`, 'NotFoundError');
      files.delete(from);
      files.set(to, file);
    },
    remove: async (name) => void files.delete(name),
  };
  return { folder, files, failing };
}

async function aBackup(createdAt: number) {
  const dexieOptions = { indexedDB: new IDBFactory(), IDBKeyRange };
  await createAtVersion(CURRENT_VERSION, (db) => seedEveryTable(db), { name: 'street-ledger', dexieOptions });
  const { file, manifest } = await makeBackup({ dbName: 'street-ledger', reason: 'beforeImport', appVersion: '0.1.0', operator: '张敏', streetName: '牌楼街道', now: createdAt, dexieOptions });
  return { file, manifest, fileName: backupFileName(createdAt, 'beforeImport') };
}

describe('backups as files in a folder (the browser build’s private file system)', () => {
  it('writes under a temporary name, verifies, renames, and lists the file by its header', async () => {
    const clock = 1_000_000;
    const { folder, files } = fakeFolder(() => clock);
    const storage = createFolderBackupStorage(folder, { now: () => clock });
    const backup = await aBackup(new Date(2026, 11, 1, 9).getTime());
    const stored = await storage.write(backup.fileName, backup.file);
    expect(stored).toEqual({ fileName: backup.fileName, bytes: backup.file.size, manifest: backup.manifest });
    expect([...files.keys()]).toEqual([backup.fileName]);
    expect((await storage.list()).entries).toEqual([stored]);
    expect(new Uint8Array(await (await storage.read(backup.fileName)).arrayBuffer())).toEqual(new Uint8Array(await backup.file.arrayBuffer()));
    await storage.remove([backup.fileName]);
    expect((await storage.list()).entries).toEqual([]);
  });

  it('never lists what did not verify or was not renamed, and sweeps what a killed write left once abandoned', async () => {
    let clock = 1_000_000;
    const { folder, files, failing } = fakeFolder(() => clock);
    const storage = createFolderBackupStorage(folder, { now: () => clock });
    const refused = await storage.write('台账备份_x.slbak', new Blob(['PK\u0003\u0004 not a backup'])).catch((e: unknown) => e);
    expect(isBackupRefusal(refused)).toBe(true);
    expect(files.size).toBe(0);
    const backup = await aBackup(new Date(2026, 11, 1, 9).getTime());
    failing.add('rename');
    await expect(storage.write(backup.fileName, backup.file)).rejects.toThrow('rename failed');
    expect(files.size).toBe(0);
    failing.delete('rename');
    // A page killed after the bytes and before the rename: a partial file, not a backup.
    await folder.write(`${backup.fileName}.partial`, backup.file);
    expect((await storage.list()).entries).toEqual([]);
    expect(files.size).toBe(1);
    clock += 2 * 60 * 60 * 1000;
    await storage.list();
    expect(files.size).toBe(0);
  });

  it('moves the backups an earlier version kept in IndexedDB, each verified in the folder before it leaves', async () => {
    const clock = 1_000_000;
    const dexieOptions = { indexedDB: new IDBFactory(), IDBKeyRange };
    const old = createBrowserBackupStorage({ dexieOptions });
    const first = await aBackup(new Date(2026, 10, 30, 9).getTime());
    const second = await aBackup(new Date(2026, 11, 1, 9).getTime());
    await old.write(first.fileName, first.file);
    await old.write(second.fileName, second.file);
    const { folder, failing } = fakeFolder(() => clock);
    const storage = createFolderBackupStorage(folder, { now: () => clock });

    // The disk fills during the move: nothing is lost, the rest stays where it was.
    failing.add('write');
    await expect(moveBackups(old, storage)).rejects.toThrow('The disk is full');
    expect((await old.list()).entries.map((e) => e.fileName)).toEqual([second.fileName, first.fileName]);
    failing.delete('write');

    expect(await moveBackups(old, storage)).toBe(2);
    expect((await storage.list()).entries.map((e) => [e.fileName, e.manifest])).toEqual([
      [second.fileName, second.manifest],
      [first.fileName, first.manifest],
    ]);
    expect((await old.list()).entries).toEqual([]);
    expect(await moveBackups(old, storage)).toBe(0);
  });
});
