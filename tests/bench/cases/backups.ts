import { Dexie } from 'dexie';
import { exportDB, importDB } from 'dexie-export-import';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { ActiveDatabase } from '../../../renderer/backup/activeDatabase';
import { BackupClient } from '../../../renderer/backup/BackupClient';
import { BackupService } from '../../../renderer/backup/backupService';
import type { StreetLedgerDb } from '../../../renderer/db/StreetLedgerDb';
import { createBrowserBackupStorage } from '../../../renderer/platform/browserBackupStorage';
import type { BenchCase, BenchMeasurement } from '../benchCase';
import { seededStreet, STREET_SIZE } from './inspectionStreet';
import { longestBlockDuring } from './mainThreadWatch';

/*
 * Issue 9: backing up and restoring issue 5's street (100,000 inspections, some 10,000 notices)
 * with 1,000 photos. "App" is what the backups page does: the worker dumps, checksums and frames
 * the file, the browser build's store writes it, reads it back and verifies it, then prunes;
 * a restore checks the file, loads it into a fresh database, dumps that again to compare every
 * table with the manifest, and runs the migrations. "Baseline" is dexie-export-import's raw
 * exportDB / importDB of the same database in the same page. The window's longest block is
 * measured while the app's way runs (target < 100 ms: the work is in the worker).
 */

const PHOTOS = 1_000;
/** A photo after preparePhoto is a JPEG of a few hundred KB; smaller here to fit the shared machine. */
const PHOTO_BYTES = 60_000;
const THUMBNAIL_BYTES = 6_000;

async function withPhotos(db: StreetLedgerDb): Promise<StreetLedgerDb> {
  if ((await db.inspectionPhotos.count()) === PHOTOS) return db;
  const inspections = await db.inspections.limit(PHOTOS).primaryKeys();
  const bytes = (size: number, seed: number) => {
    const data = new Uint8Array(size);
    for (let i = 0; i < size; i++) data[i] = (i * 131 + seed * 7) % 256;
    return new Blob([data], { type: 'image/jpeg' });
  };
  await db.inspectionPhotos.clear();
  for (let start = 0; start < PHOTOS; start += 100) {
    await db.inspectionPhotos.bulkAdd(
      Array.from({ length: 100 }, (_, k) => {
        const i = start + k;
        return { id: `bench-photo-${i}`, ownerId: inspections[i] ?? `inspection-${i}`, name: `${i}.jpg`, type: 'image/jpeg', width: 1600, height: 1200, blob: bytes(PHOTO_BYTES, i), thumbnail: bytes(THUMBNAIL_BYTES, i + 1), addedAt: i };
      }),
    );
  }
  return db;
}

const memoryPointer = () => {
  const values = new Map<string, string>();
  return new ActiveDatabase({ getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v) });
};

/** The browser build's store as the app configures it: written in the backup worker. */
const storeOf = (client: BackupClient) => createBrowserBackupStorage({ writer: (fileName, file) => client.store(fileName, file) });

function service(client: BackupClient): BackupService {
  return new BackupService({
    storage: storeOf(client),
    client,
    pointer: memoryPointer(),
    settings: async () => ({ ...DEFAULT_SETTINGS, operator: '张敏', streetName: '牌楼街道' }),
    appVersion: 'bench',
  });
}

/** The street with its photos and a backup worker, closed again whatever happens. */
async function onStreet(run: (db: StreetLedgerDb, client: BackupClient, backups: BackupService) => Promise<BenchMeasurement>): Promise<BenchMeasurement> {
  const db = await withPhotos(await seededStreet());
  const client = new BackupClient();
  try {
    return await run(db, client, service(client));
  } finally {
    db.close();
  }
}

const LONGEST_BLOCK = 'longest main-thread block (ms)';
const LONGEST_TASK = 'longest task the window ran (ms; 0 = none of 50 ms or more)';
/** The issue sets no ratio; these only catch the app's way growing far past the library's own. */
const BACKUP_RATIO = 3;
const RESTORE_RATIO = 4;

const LABEL = `${STREET_SIZE.inspections.toLocaleString('en')} inspections, ${PHOTOS.toLocaleString('en')} photos`;

const backUp: BenchCase = {
  name: `backup: back up the street (${LABEL})`,
  target: BACKUP_RATIO,
  extraTargets: { [LONGEST_BLOCK]: 100 },
  run: () =>
    onStreet(async (db, client, backups) => {
      const watched = await longestBlockDuring(() => backups.backUp('manual', db.name));
      // Where the window's time goes: the worker's dump, then the store's write and check.
      const dump = await longestBlockDuring(() => client.backup({ dbName: db.name, reason: 'manual', appVersion: 'bench', operator: '', streetName: '' }));
      const store = await longestBlockDuring(() => storeOf(client).write('台账备份_bench.slbak', dump.result.file));
      const appMs = await timed(() => backups.backUp('manual', db.name));
      const baselineMs = await timed(() => exportDB(db));
      return {
        appMs,
        baselineMs,
        extra: {
          [LONGEST_BLOCK]: watched.longestBlockMs,
          [LONGEST_TASK]: watched.longestTaskMs,
          'longest task during the dump alone (ms)': dump.longestTaskMs,
          'longest task during the store write alone (ms)': store.longestTaskMs,
          'backup file (MB)': watched.result.bytes / 1024 / 1024,
        },
      };
    }),
};

const restore: BenchCase = {
  name: `backup: restore the street (${LABEL})`,
  target: RESTORE_RATIO,
  extraTargets: { [LONGEST_BLOCK]: 100 },
  run: () =>
    onStreet(async (db, client, backups) => {
      const stored = await backups.backUp('manual', db.name);
      const storage = storeOf(client);
      const restoreOnce = async (name: string) => {
        await backups.inspect(await storage.read(stored.fileName));
        await client.restore(name);
      };
      const watched = await longestBlockDuring(() => restoreOnce('bench-restore-a'));
      await Dexie.delete('bench-restore-a');
      const appMs = await timed(() => restoreOnce('bench-restore-b'));
      await Dexie.delete('bench-restore-b');
      const dump = await exportDB(db);
      const baselineMs = await timed(async () => (await importDB(dump, { name: 'bench-restore-raw' })).close());
      await Dexie.delete('bench-restore-raw');
      return { appMs, baselineMs, extra: { [LONGEST_BLOCK]: watched.longestBlockMs, [LONGEST_TASK]: watched.longestTaskMs } };
    }),
};

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export const BACKUP_BENCH_CASES: readonly BenchCase[] = [backUp, restore];
