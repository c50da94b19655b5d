import type { DexieOptions } from 'dexie';
import { CURRENT_VERSION } from './schema';
import { storedVersion } from './storedVersion';
import { DATABASE_NAME, StreetLedgerDb } from './StreetLedgerDb';

/** Why the ledger is open read-only: the version found on disk and the newest this build knows. */
export interface NewerDatabase {
  readonly found: number;
  readonly known: number;
}

export interface OpenedLedger {
  readonly db: StreetLedgerDb;
  /** Set when a newer build wrote the database: nothing may be written to it. */
  readonly newer?: NewerDatabase;
}

/**
 * Opens the ledger, or, when a newer build already upgraded it, opens it read-only: an older
 * build would otherwise write rows in its own shapes into a database whose shapes it does not
 * know. The window and the import worker both open it here.
 */
export async function openLedger(name: string = DATABASE_NAME, dexieOptions: DexieOptions = {}): Promise<OpenedLedger> {
  const found = await storedVersion(name, dexieOptions);
  if (found !== null && found > CURRENT_VERSION) {
    const db = new StreetLedgerDb(name, dexieOptions, true);
    await db.open();
    return { db, newer: { found, known: CURRENT_VERSION } };
  }
  const db = new StreetLedgerDb(name, dexieOptions);
  await db.open();
  return { db };
}
