import './testing/nodeBlobReading';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, declareSchema, SCHEMA_VERSIONS } from '../db/schema';
import { StreetLedgerDb } from '../db/StreetLedgerDb';
import { createAtVersion } from '../db/testing/migrationHarness';
import { isolatedIndexedDb } from '../db/testing/testDb';
import { makeBackup } from './makeBackup';
import { loadBackupInto } from './restoreBackup';
import { contentsOf, seedEveryTable } from './testing/seedEveryTable';

const meta = { reason: 'manual', appVersion: '0.1.0', operator: '张敏', streetName: '牌楼街道' } as const;

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

async function openCurrent(name: string, dexieOptions: ReturnType<typeof isolatedIndexedDb>): Promise<StreetLedgerDb> {
  const db = new StreetLedgerDb(name, dexieOptions);
  await db.open();
  return db;
}

describe('the restore drill', () => {
  it('gives back every table, every row and every photo byte for byte', async () => {
    const dexieOptions = isolatedIndexedDb();
    // Seeded as stored rows, beneath the app's repositories (and any middleware of its Dexie
    // class): the drill is about what the database holds, table by table.
    await createAtVersion(CURRENT_VERSION, (db) => seedEveryTable(db), { name: 'street-ledger', dexieOptions });
    const db = await openCurrent('street-ledger', dexieOptions);
    const before = await contentsOf(db);
    for (const [name, rows] of Object.entries(before)) expect(rows, name).toHaveLength(3);

    const { file, manifest } = await makeBackup({ ...meta, dbName: 'street-ledger', dexieOptions });
    expect(manifest.schemaVersion).toBe(CURRENT_VERSION);
    expect(manifest.tables.map((t) => [t.name, t.rows])).toEqual(db.tables.map((t) => [t.name, 3]).sort());

    // The office loses everything …
    await db.delete();
    // … and restores into a fresh database.
    await loadBackupInto({ freshName: 'street-ledger-restored', bytes: await bytesOf(file), dexieOptions });
    const restored = await openCurrent('street-ledger-restored', dexieOptions);
    const after = await contentsOf(restored);
    expect(after).toEqual(before);
    const photo = (after.inspectionPhotos?.[1] as { blob: { bytes: Uint8Array } }).blob.bytes;
    expect(photo).toEqual((before.inspectionPhotos?.[1] as { blob: { bytes: Uint8Array } }).blob.bytes);
    expect(new Set(photo).size).toBe(256);
    restored.close();
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < CURRENT_VERSION))(
    'restores a backup written at schema version %i exactly as upgrading that database in place would',
    async (version) => {
      const dexieOptions = isolatedIndexedDb();
      const seed = (old: Dexie) => seedEveryTable(old);
      await createAtVersion(version, seed, { name: 'old-install', dexieOptions });
      const { file, manifest } = await makeBackup({ ...meta, dbName: 'old-install', dexieOptions });
      expect(manifest.schemaVersion).toBe(version);

      await loadBackupInto({ freshName: 'restored', bytes: await bytesOf(file), dexieOptions });
      const restored = await openCurrent('restored', dexieOptions);
      expect(restored.verno).toBe(CURRENT_VERSION);
      // The reference: the same old database upgraded by the normal migrations.
      const upgradedInPlace = await openCurrent('old-install', dexieOptions);
      expect(await contentsOf(restored)).toEqual(await contentsOf(upgradedInPlace));
      const old = new Dexie('probe', dexieOptions);
      declareSchema(old, version);
      for (const table of old.tables) expect(await restored.table(table.name).count(), table.name).toBe(3);
      restored.close();
      upgradedInPlace.close();
    },
  );
});
