import { Dexie, type DexieOptions } from 'dexie';
import { exportDB, importInto } from 'dexie-export-import';
import { BackupRefusal, verifyBackupFile, type VerifiedBackup } from '../../shared/backup/backupFile';
import type { BackupManifest, BackupTable } from '../../shared/backup/manifest';
import { CURRENT_VERSION, declareSchema } from '../db/schema';
import { StreetLedgerDb } from '../db/StreetLedgerDb';
import { sortTables, tableChecksums } from './tableChecksums';
import { webSha256 } from '../platform/webSha256';

const UNOBSERVED = { stack: 'dbcore', name: 'Observability' } as const;

/** Checks a backup file without writing anything: what the restore preview shows. */
export async function inspectBackup(file: Blob | Uint8Array): Promise<VerifiedBackup> {
  return verifyBackupFile(file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer()), webSha256, CURRENT_VERSION);
}

export interface LoadRequest {
  /** A database name that holds nothing yet: the restore writes only here. */
  readonly freshName: string;
  readonly bytes: Blob | Uint8Array;
  readonly dexieOptions?: DexieOptions;
}

function sameTables(found: BackupManifest['tables'], expected: BackupManifest['tables']): boolean {
  return found.length === expected.length && found.every((t, i) => {
    const e = expected[i];
    return e !== undefined && e.name === t.name && e.rows === t.rows && e.sha256 === t.sha256;
  });
}

/**
 * The dump inside a checked file, as a Blob: a slice of the file where it is one (no copy), so
 * the checked bytes can be let go before the import needs its memory.
 */
async function verifiedDump(file: Blob | Uint8Array): Promise<{ manifest: BackupManifest; payload: Blob }> {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
  const { manifest, payload } = await verifyBackupFile(bytes, webSha256, CURRENT_VERSION);
  return { manifest, payload: file instanceof Uint8Array ? new Blob([payload.slice().buffer]) : file.slice(bytes.length - payload.length) };
}

/** Each table's checksum, dumped one table at a time: a street's photos and inspections never sit in memory together. */
async function checksumsOf(db: Dexie): Promise<BackupTable[]> {
  const names = db.tables.map((t) => t.name);
  const out: BackupTable[] = [];
  for (const name of names) {
    const dump = await exportDB(db, { skipTables: names.filter((other) => other !== name) });
    out.push(...(await tableChecksums(await dump.text(), webSha256)).tables);
  }
  return sortTables(out);
}

/**
 * Loads a backup into a fresh database and proves it: the file is checked, the dump imported at
 * the schema version it was taken at (the app's own historical schema, so the normal migrations
 * then apply), the fresh database dumped again and compared table by table with the manifest,
 * and only then opened with today's schema, running every upgrade since. The current database
 * is never touched; on any failure the fresh one is deleted and the reason thrown.
 */
export async function loadBackupInto(request: LoadRequest): Promise<BackupManifest> {
  const { manifest, payload } = await verifiedDump(request.bytes);
  const options = request.dexieOptions ?? {};
  const fresh = new Dexie(request.freshName, options);
  // Nobody watches a database that is not the ledger yet, and Dexie's change tracking would
  // otherwise post every one of its keys (hundreds of thousands) to the window, whose thread
  // then spends a second decoding them.
  fresh.unuse(UNOBSERVED);
  try {
    declareSchema(fresh, manifest.schemaVersion);
    await fresh.open();
    try {
      // The dump names the database it came from; the fresh one has its own name by design.
      await importInto(fresh, payload, { acceptNameDiff: true });
    } catch {
      // The checksum matched, so the dump is what was written; a dump the library cannot load
      // (tables this schema never had) is no backup of this app.
      throw new BackupRefusal('damaged');
    }
    if (!sameTables(await checksumsOf(fresh), manifest.tables)) throw new BackupRefusal('contentMismatch');
    fresh.close();
    const upgraded = new StreetLedgerDb(request.freshName, options);
    upgraded.unuse(UNOBSERVED);
    try {
      await upgraded.open();
    } finally {
      upgraded.close();
    }
    return manifest;
  } catch (error) {
    fresh.close();
    await new Dexie(request.freshName, options).delete().catch(() => undefined);
    throw error;
  }
}
