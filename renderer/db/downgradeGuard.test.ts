import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createEstate } from '../estates';
import { storageFailureOf } from './storageFailure';
import { openDatabase } from './openDatabase';
import { CURRENT_VERSION, declareSchema } from './schema';
import { isolatedIndexedDb } from './testing/testDb';

/** A database as a newer build leaves it: one version past ours, a table and an index we do not know. */
async function databaseOfANewerBuild(options: ReturnType<typeof isolatedIndexedDb>): Promise<void> {
  const newer = new Dexie('street-ledger', options);
  declareSchema(newer);
  newer.version(CURRENT_VERSION + 1).stores({ estates: 'id, communityId, estateClass, mode, nameKey, &[communityId+nameKey], updatedAt, revision', complaints: 'id' });
  await newer.open();
  await newer.table('communities').add({ id: 'c1', name: '太平社区', nameKey: '太平社区', kind: 'community', planned: {}, createdAt: 1, updatedAt: 1 });
  await newer.table('complaints').add({ id: 'k1', text: '噪音' });
  newer.close();
}

/** The database exactly as IndexedDB holds it, opened without any schema of ours. */
async function onDisk(options: ReturnType<typeof isolatedIndexedDb>) {
  const raw = new Dexie('street-ledger', options);
  await raw.open();
  const idb = raw.backendDB();
  const shape = {
    version: idb.version,
    stores: [...idb.objectStoreNames],
    estateIndexes: [...idb.transaction('estates').objectStore('estates').indexNames],
    communities: await raw.table('communities').toArray(),
    complaints: await raw.table('complaints').count(),
  };
  raw.close();
  return shape;
}

describe('an older build on a newer database', () => {
  it('opens read-only, says which versions, reads the records and writes nothing at all', async () => {
    const options = isolatedIndexedDb();
    await databaseOfANewerBuild(options);
    const before = await onDisk(options);

    const { db, newer } = await openDatabase({ dexieOptions: options, storage: null });
    expect(newer).toEqual({ found: CURRENT_VERSION + 1, known: CURRENT_VERSION });
    expect(db.readOnly).toBe(true);
    expect((await db.communities.toArray()).map((c) => c.name)).toEqual(['太平社区']);

    const refused = await createEstate(db, { communityId: 'c1', name: '锦绣花园' }).catch((error: unknown) => error);
    expect(storageFailureOf(refused)).toBe('readOnly');
    await expect(db.communities.update('c1', { name: '改名' })).rejects.toThrow();
    await expect(db.communities.clear()).rejects.toThrow();
    db.close();

    // Not a byte of schema or data changed: same version (Dexie did not bump it), stores, indexes, rows.
    expect(await onDisk(options)).toEqual(before);
  });

  it('opens a database of this version or older for writing, as before', async () => {
    const options = isolatedIndexedDb();
    const { db, newer } = await openDatabase({ dexieOptions: options, storage: null });
    expect(newer).toBeUndefined();
    expect(db.readOnly).toBe(false);
    db.close();
  });
});
