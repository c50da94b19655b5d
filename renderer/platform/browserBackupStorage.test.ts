import '../backup/testing/nodeBlobReading';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { isBackupRefusal } from '../../shared/backup/backupFile';
import { BACKUP_DATABASE_NAME, createBrowserBackupStorage } from './browserBackupStorage';

describe('the browser build’s backup store', () => {
  it('lists nothing that failed to verify, and sweeps bytes a dead write left unlisted', async () => {
    const dexieOptions = { indexedDB: new IDBFactory(), IDBKeyRange };
    let clock = 1_000_000;
    const storage = createBrowserBackupStorage({ dexieOptions, now: () => clock });
    const refused = await storage.write('台账备份_x.slbak', new Blob(['PK\u0003\u0004 not a backup'])).catch((e: unknown) => e);
    expect(isBackupRefusal(refused)).toBe(true);
    expect((await storage.list()).entries).toEqual([]);
    const raw = new Dexie(BACKUP_DATABASE_NAME, dexieOptions);
    await raw.open();
    expect(await raw.table('files').count()).toBe(0);
    // A write killed after its bytes and before its listing: not listed, swept once abandoned.
    await raw.table('files').put({ fileName: '台账备份_y.slbak', file: new Blob(['half']), writtenAt: clock });
    expect((await storage.list()).entries).toEqual([]);
    expect(await raw.table('files').count()).toBe(1);
    clock += 2 * 60 * 60 * 1000;
    await storage.list();
    expect(await raw.table('files').count()).toBe(0);
    raw.close();
  });
});
