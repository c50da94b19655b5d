import { v3 } from './schema/v3';
import { StreetLedgerDb } from './StreetLedgerDb';
import { isolatedIndexedDb } from './testing/testDb';

/**
 * A test database with the inspection tables. Until schema v3 is listed in SCHEMA_VERSIONS
 * (after the committees' v2), it is declared here on top of what is listed.
 */
export async function openInspectionTestDb(): Promise<StreetLedgerDb> {
  const db = new StreetLedgerDb('street-ledger-test', isolatedIndexedDb());
  if (db.verno < v3.version) db.version(v3.version).stores(v3.stores);
  await db.open();
  return db;
}
