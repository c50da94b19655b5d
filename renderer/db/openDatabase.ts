import type { DexieOptions } from 'dexie';
import { openLedger, type NewerDatabase } from './openLedger';
import { DATABASE_NAME, type StreetLedgerDb } from './StreetLedgerDb';

/** The part of `navigator.storage` used here, so tests can pass their own. */
export interface PersistentStorage {
  persist(): Promise<boolean>;
  persisted?(): Promise<boolean>;
}

export interface OpenDatabaseOptions {
  readonly name?: string;
  readonly dexieOptions?: DexieOptions;
  /** Defaults to `navigator.storage`; `null` means the platform has none. */
  readonly storage?: PersistentStorage | null;
}

export interface OpenedDatabase {
  readonly db: StreetLedgerDb;
  /** Whether the browser promised not to evict the data under storage pressure. */
  readonly persisted: boolean;
  /** Set when a newer build wrote the database: it is open read-only. */
  readonly newer?: NewerDatabase;
}

function platformStorage(): PersistentStorage | null {
  if (typeof navigator === 'undefined') return null;
  // Missing outside secure contexts and in some embedded browsers, whatever the typings say.
  return (navigator.storage as StorageManager | undefined) ?? null;
}

/**
 * Asks once whether the data may stay. Without it Chromium may evict IndexedDB when the disk
 * is short, which for the only copy of a ledger means losing it; the answer is returned so the
 * UI can urge a backup. A refusal or a throwing API is "not persisted", never a failed start.
 */
async function requestPersistence(storage: PersistentStorage | null): Promise<boolean> {
  if (!storage) return false;
  try {
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/** Opens the app's database (running any pending upgrade) and requests persistent storage. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const { db, newer } = await openLedger(options.name ?? DATABASE_NAME, options.dexieOptions);
  const storage = options.storage === undefined ? platformStorage() : options.storage;
  return { db, persisted: await requestPersistence(storage), ...(newer ? { newer } : {}) };
}
