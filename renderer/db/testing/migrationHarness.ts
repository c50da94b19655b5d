import { Dexie, type DexieOptions } from 'dexie';
import { CURRENT_VERSION, declareSchema } from '../schema';
import { StreetLedgerDb } from '../StreetLedgerDb';
import { isolatedIndexedDb } from './testDb';

/**
 * Migration tests: build a database exactly as an older release left it, then open it with
 * today's StreetLedgerDb and check what the upgrades made of the rows.
 *
 * The old database is declared from the same append-only modules in ../schema (versions
 * 1..`fromVersion`), so it is the real historical schema, not a copy that can drift. Seed it
 * through `old.table(...)` with the frozen row types of that version (`V1EstateRow` etc.),
 * never with the live types from shared/domain, which describe the newest rows only.
 *
 * Adding version 2 (say, estates gain `companyId`):
 * 1. Create ../schema/v2.ts, exporting `v2 = { version: 2, stores: { estates: '…, companyId' },
 *    upgrade: (tx) => tx.table('estates').toCollection().modify((e) => { e.companyId = '' }) }`
 *    and a frozen `V2EstateRow`. Do not edit v1.ts: installed databases were built from it.
 * 2. Append `v2` to SCHEMA_VERSIONS in ../schema/index.ts and update the row type in shared/.
 * 3. Add `renderer/db/schema/v2.test.ts`:
 *      const db = await openAfterUpgrade(1, async (old) => {
 *        await old.table<V1EstateRow>('estates').add(someV1Estate);
 *      });
 *      expect((await db.estates.get(someV1Estate.id))?.companyId).toBe('');
 *      db.close();
 *    plus one case per odd row an old installation may hold (blank fields, unclassified, …).
 */

export interface UpgradeOptions {
  readonly name?: string;
  /** Defaults to a fresh fake IndexedDB; pass one to inspect it further after the upgrade. */
  readonly dexieOptions?: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;
}

/** Creates the database at `fromVersion`, runs `seed` on it and closes it. */
export async function createAtVersion(
  fromVersion: number,
  seed: (old: Dexie) => Promise<void>,
  options: Required<UpgradeOptions>,
): Promise<void> {
  const old = new Dexie(options.name, options.dexieOptions);
  declareSchema(old, fromVersion);
  try {
    await old.open();
    await old.transaction('rw', old.tables, () => seed(old));
  } finally {
    old.close();
  }
}

/**
 * Seeds a database at `fromVersion`, reopens it with the current StreetLedgerDb (running every
 * upgrade since) and returns it open. The caller closes it.
 */
export async function openAfterUpgrade(
  fromVersion: number,
  seed: (old: Dexie) => Promise<void>,
  options: UpgradeOptions = {},
): Promise<StreetLedgerDb> {
  const resolved = { name: options.name ?? 'street-ledger-migration', dexieOptions: options.dexieOptions ?? isolatedIndexedDb() };
  await createAtVersion(fromVersion, seed, resolved);
  const db = new StreetLedgerDb(resolved.name, resolved.dexieOptions);
  await db.open();
  if (db.verno !== CURRENT_VERSION) {
    db.close();
    throw new Error(`expected schema version ${CURRENT_VERSION} after upgrade, got ${db.verno}`);
  }
  return db;
}
