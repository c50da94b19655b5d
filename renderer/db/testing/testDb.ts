import type { DexieOptions } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { StreetLedgerDb } from '../StreetLedgerDb';

/**
 * A private in-memory IndexedDB per call, so tests never see each other's rows and need no
 * clean-up between them. Pass the same options to several Dexie instances to have them share
 * one database (as the migration harness does).
 */
export function isolatedIndexedDb(): Required<Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>> {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** An opened StreetLedgerDb on its own fake IndexedDB. */
export async function openTestDb(name = 'street-ledger-test'): Promise<StreetLedgerDb> {
  const db = new StreetLedgerDb(name, isolatedIndexedDb());
  await db.open();
  return db;
}
