import type { Transaction } from 'dexie';

/**
 * One step of the database's history. Shipped steps are never edited: users' databases were
 * built from them, so a change is always a new step (a new file) with its own upgrade.
 */
export interface SchemaVersion {
  readonly version: number;
  /** Dexie stores spec of the tables this version adds or changes; `null` drops a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Rewrites rows written by the previous version; runs inside Dexie's upgrade transaction. */
  readonly upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}
