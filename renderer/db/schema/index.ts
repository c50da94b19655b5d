import type { Dexie } from 'dexie';
import type { SchemaVersion } from './schemaVersion';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { v7 } from './v7';
import { v8 } from './v8';
import { v10 } from './v10';
import { v11 } from './v11';
import { v12 } from './v12';

export type { SchemaVersion } from './schemaVersion';

/**
 * Every version ever shipped, oldest first. Append only: to change the schema add `v2.ts`
 * (stores spec plus an upgrade for the rows v1 wrote) and list it here; see
 * ../testing/migrationHarness.ts for the test each new version needs.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2, v3, v4, v5, v6, v7, v8, v10, v11, v12];

/**
 * The newest version's number. Numbers are reserved per change being built (v7 complaints, v8
 * companies … v11 campaigns, v12 estate aliases), so they rise but may skip: Dexie needs only that they rise.
 */
export const CURRENT_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** The version before the newest: what an installation still on the last release has. */
export const PREVIOUS_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 2]?.version ?? 0;

/**
 * Declares versions 1..upTo on a Dexie instance. The app declares them all; the migration
 * harness declares an older prefix to build a database as an old release left it.
 */
export function declareSchema(db: Dexie, upTo: number = CURRENT_VERSION): void {
  if (!SCHEMA_VERSIONS.some((step) => step.version === upTo)) {
    throw new RangeError(`schema version ${upTo} does not exist (${SCHEMA_VERSIONS.map((step) => step.version).join(', ')})`);
  }
  for (const step of SCHEMA_VERSIONS.filter((s) => s.version <= upTo)) {
    const declared = db.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
}
