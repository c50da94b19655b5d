import { Dexie, type DexieOptions } from 'dexie';

/**
 * The schema version a stored database is at, or null when there is none (a fresh install).
 * Opened without a schema: nothing is declared, so nothing can upgrade, and a database a newer
 * build wrote is not touched (Dexie would otherwise add our indexes to it and bump its version).
 * Dexie reports IndexedDB's version / 10; a fraction is its own bump within one of our versions.
 */
export async function storedVersion(dbName: string, dexieOptions: DexieOptions = {}): Promise<number | null> {
  const db = new Dexie(dbName, dexieOptions);
  try {
    await db.open();
    return Math.floor(db.verno);
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return null;
    throw error;
  } finally {
    db.close();
  }
}
