import './testing/nodeBlobReading';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { isBackupRefusal } from '../../shared/backup/backupFile';
import { DEFAULT_SETTINGS, type SettingsPatch } from '../../shared/settings/settings';
import { CURRENT_VERSION } from '../db/schema';
import { StreetLedgerDb } from '../db/StreetLedgerDb';
import { createAtVersion } from '../db/testing/migrationHarness';
import { createBrowserBackupStorage } from '../platform/browserBackupStorage';
import { ActiveDatabase } from './activeDatabase';
import { BackupService } from './backupService';
import { makeBackup } from './makeBackup';
import { assertRoomFor, bytesToWrite, isNotEnoughRoom } from '../db/roomCheck';
import { createElectronPlatform } from '../platform/electronPlatform';
import type { StreetLedgerBridge } from '../../shared/ipc/contract';
import { backupMessages } from '../../shared/backup';
import { faultMessages } from '../../shared/i18n/faults';
import { describeBackupError } from './describeBackupError';
import { inspectBackup, loadBackupInto } from './restoreBackup';
import { contentsOf, seedEveryTable } from './testing/seedEveryTable';

/** The service with everything real but the worker: its requests run in-process. */
function setUp(settings = DEFAULT_SETTINGS, room?: (neededBytes: number) => Promise<void>) {
  const dexieOptions = { indexedDB: new IDBFactory(), IDBKeyRange };
  const values = new Map<string, string>();
  const pointer = new ActiveDatabase({ getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v) });
  let kept: Blob | undefined;
  let clock = new Date(2026, 11, 1, 9).getTime();
  const storage = createBrowserBackupStorage({ dexieOptions, now: () => clock });
  const restoredSettings: SettingsPatch[] = [];
  const service = new BackupService({
    storage,
    pointer,
    settings: async () => ({ ...settings, operator: '张敏', streetName: '牌楼街道' }),
    restoreSettings: async (patch) => void restoredSettings.push(patch),
    appVersion: '0.1.0',
    now: () => (clock += 1000),
    ...(room ? { room } : {}),
    client: {
      backup: (request) => makeBackup({ ...request, dexieOptions }),
      inspect: async (file) => {
        kept = file;
        return { manifest: (await inspectBackup(file)).manifest };
      },
      restore: async (freshName) => ({ manifest: await loadBackupInto({ freshName, bytes: kept ?? new Blob([]), dexieOptions }) }),
    },
  });
  const open = async (name: string) => {
    const db = new StreetLedgerDb(name, dexieOptions);
    await db.open();
    return db;
  };
  const seed = (name: string) => createAtVersion(CURRENT_VERSION, (db) => seedEveryTable(db), { name, dexieOptions });
  return { service, storage, pointer, open, seed, dexieOptions, restoredSettings, advance: (ms: number) => (clock += ms) };
}

describe('BackupService', () => {
  it('restores a listed backup into a fresh database and moves the pointer only then, backing up the current data first', async () => {
    const { service, storage, pointer, open, seed } = setUp();
    await seed(service.dbName);
    const db = await open(service.dbName);
    const seeded = await contentsOf(db);
    const first = await service.backUp('manual');
    expect(first.manifest).toMatchObject({ operator: '张敏', streetName: '牌楼街道', reason: 'manual' });
    // Later work the restore will undo.
    await db.estates.clear();
    await service.inspect(await storage.read(first.fileName));
    const fresh = await service.restore();
    db.close();
    expect(pointer.name()).toBe(fresh);
    const restored = await open(fresh);
    expect(await contentsOf(restored)).toEqual(seeded);
    restored.close();
    const reasons = (await service.list()).entries.map((e) => e.manifest.reason);
    expect(reasons).toEqual(['beforeRestore', 'manual']);
    // The backup before the restore holds the data as it was just before.
    const before = (await service.list()).entries[0]!;
    expect(before.manifest.tables.find((t) => t.name === 'estates')?.rows).toBe(0);
  });

  it("carries the office's settings, and a restore brings them back, all but where this PC keeps its backups", async () => {
    const office = { ...DEFAULT_SETTINGS, district: '南岸区', noticeNumberPattern: '牌整〔{year}〕{n}号', acceptanceThreshold: 0.9, backupDirectory: 'E:\\旧电脑备份', reasonRequiredByKind: { survey: ['satisfied' as const] } };
    const { service, storage, seed, restoredSettings } = setUp(office);
    await seed(service.dbName);
    const made = await service.backUp('manual');
    expect(made.manifest.settings).toMatchObject({ district: '南岸区', noticeNumberPattern: '牌整〔{year}〕{n}号', acceptanceThreshold: 0.9, operator: '张敏' });
    expect(made.manifest.settings).not.toHaveProperty('backupDirectory');
    await service.inspect(await storage.read(made.fileName));
    await service.restore();
    expect(restoredSettings).toHaveLength(1);
    expect(restoredSettings[0]).toMatchObject({ district: '南岸区', noticeNumberPattern: '牌整〔{year}〕{n}号', acceptanceThreshold: 0.9, reasonRequiredByKind: { survey: ['satisfied'] } });
    expect(restoredSettings[0]).not.toHaveProperty('backupDirectory');
  });

  it('restores a backup of the format before settings were carried, leaving the settings as they are', async () => {
    const { service, open, seed, dexieOptions, restoredSettings, pointer } = setUp();
    await seed(service.dbName);
    const db = await open(service.dbName);
    const seeded = await contentsOf(db);
    db.close();
    // A file as the previous version wrote it: the same header and dump, no settings in its manifest.
    const old = await makeBackup({ dbName: service.dbName, reason: 'manual', appVersion: '0.0.9', operator: '张敏', streetName: '牌楼街道', dexieOptions });
    expect(old.manifest).not.toHaveProperty('settings');
    expect((await service.inspect(old.file)).schemaVersion).toBe(CURRENT_VERSION);
    const fresh = await service.restore();
    expect(pointer.name()).toBe(fresh);
    const restored = await open(fresh);
    expect(await contentsOf(restored)).toEqual(seeded);
    restored.close();
    expect(restoredSettings).toEqual([]);
  });

  it("refuses a restore the desktop's disk has no room for before writing anything, the backup before it included", async () => {
    const asked: number[] = [];
    const desktop = createElectronPlatform({ diskSpace: async () => ({ freeBytes: 5 * 1024 * 1024 }) } as unknown as StreetLedgerBridge);
    const { service, storage, pointer, open, seed } = setUp(DEFAULT_SETTINGS, (bytes) => {
      asked.push(bytes);
      return assertRoomFor(desktop, bytes);
    });
    await seed(service.dbName);
    const db = await open(service.dbName);
    const before = await contentsOf(db);
    const made = await service.backUp('manual');
    const manifest = await service.inspect(await storage.read(made.fileName));
    const refused = await service.restore({ ledgerRows: 40 }).catch((e: unknown) => e);
    expect(isNotEnoughRoom(refused) && refused.freeBytes).toBe(5 * 1024 * 1024);
    // The rows the backup brings back and the rows the backup before the restore is made of.
    expect(asked).toEqual([bytesToWrite(manifest.tables.reduce((n, t) => n + t.rows, 0) + 40)]);
    expect(describeBackupError(refused, { backup: backupMessages['zh-CN'], faults: faultMessages['zh-CN'] })).toMatch(/^磁盘剩余空间不足：这次写入大约需要 [\d.]+ MB，磁盘只剩 5\.0 MB。/);
    expect((await service.list()).entries.map((e) => e.manifest.reason)).toEqual(['manual']);
    expect(pointer.read()).toMatchObject({ active: 'street-ledger', pending: null });
    expect(await contentsOf(db)).toEqual(before);
    db.close();
  });

  it('leaves the pointer and the current data alone when the file is refused', async () => {
    const { service, pointer, open, seed } = setUp();
    await seed(service.dbName);
    const db = await open(service.dbName);
    const before = await contentsOf(db);
    const refused = await service.inspect(new Blob(['not a backup'])).catch((e: unknown) => e);
    expect(isBackupRefusal(refused)).toBe(true);
    await expect(service.restore()).rejects.toThrow();
    expect(pointer.read()).toMatchObject({ active: 'street-ledger', pending: null });
    expect(await contentsOf(db)).toEqual(before);
    db.close();
  });

  it('keeps what the retention settings say and backs up once on the first start of a day', async () => {
    const { service, open, advance } = setUp({ ...DEFAULT_SETTINGS, backupKeepLast: 3, backupKeepDays: 0, backupKeepMonths: 0 });
    (await open(service.dbName)).close();
    let changes = 0;
    service.onChange(() => (changes += 1));
    const [first, second] = await Promise.all([service.backUpIfFirstToday(), service.backUpIfFirstToday()]);
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    for (let i = 0; i < 4; i++) await service.backUp('interval');
    expect((await service.list()).entries).toHaveLength(3);
    expect(changes).toBe(5);
    advance(86_400_000);
    expect((await service.backUpIfFirstToday())?.manifest.reason).toBe('daily');
  });
});
