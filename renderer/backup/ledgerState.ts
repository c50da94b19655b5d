import { COUNTED_TABLES, checkLedger, type LedgerCheck } from '../../shared/backup/ledgerState';
import type { BackupManifest } from '../../shared/backup/manifest';
import type { Platform } from '../platform/Platform';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { storedVersion } from '../db/storedVersion';

/** Rows per table the clerk made, as the last known state records them. */
export async function countLedger(db: StreetLedgerDb): Promise<Record<string, number>> {
  const present = new Set(db.tables.map((t) => t.name));
  const counts = await Promise.all(COUNTED_TABLES.filter((name) => present.has(name)).map(async (name) => [name, await db.table(name).count()] as const));
  return Object.fromEntries(counts);
}

/** Whether the ledger's database is there at all, asked before anything opens (and so creates) it. */
export async function ledgerExists(name: string): Promise<boolean> {
  return (await storedVersion(name)) !== null;
}

/** At start: the ledger as it is against the last known state (kept outside IndexedDB). */
export async function checkLedgerAtStart(platform: Platform, db: StreetLedgerDb, existed: boolean): Promise<LedgerCheck> {
  // A record that cannot be read is no record: never a reason to keep the clerk from the ledger.
  const recorded = await platform.ledgerState.read().catch(() => null);
  return checkLedger(recorded, { exists: existed, counts: await countLedger(db) });
}

/** Records the ledger's counts now: after every change the window sees, and when the clerk accepts them. */
export async function recordLedgerState(platform: Platform, db: StreetLedgerDb, counts?: Record<string, number>): Promise<void> {
  await platform.ledgerState.record({ databaseName: db.name, counts: counts ?? (await countLedger(db)), writtenAt: Date.now() });
}

/**
 * After a restore, before the app reopens on the restored database: its counts become the last
 * known state, so restoring a smaller, older backup on purpose is not taken for a wiped ledger.
 */
export async function recordRestoredState(platform: Platform, databaseName: string, manifest: BackupManifest): Promise<void> {
  const rows = new Map(manifest.tables.map((t) => [t.name, t.rows]));
  const counts = Object.fromEntries(COUNTED_TABLES.filter((name) => rows.has(name)).map((name) => [name, rows.get(name) ?? 0]));
  await platform.ledgerState.record({ databaseName, counts, writtenAt: Date.now() });
}
