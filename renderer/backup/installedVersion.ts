import { Dexie, type DexieOptions } from 'dexie';

/** The schema version a stored database is at, or null when there is none (a fresh install). */
export async function installedVersion(dbName: string, dexieOptions: DexieOptions = {}): Promise<number | null> {
  // Opened without a schema: nothing is declared, so nothing can upgrade.
  const db = new Dexie(dbName, dexieOptions);
  try {
    await db.open();
    return db.verno;
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return null;
    throw error;
  } finally {
    db.close();
  }
}
