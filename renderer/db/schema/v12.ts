import type { Transaction } from 'dexie';
import type { SchemaVersion } from './schemaVersion';

/**
 * Version 12: estates gain 别名 (`aliases`, a list of names as typed). The search finds them in
 * its worker, which reads every estate anyway, so no index is added; the upgrade gives every
 * stored estate an empty list, so every estate row (and every backup restored through the
 * migrations) has the field the code reads, instead of each reader guarding a missing one.
 */
export const v12 = {
  version: 12,
  stores: {},
  upgrade: (tx: Transaction) =>
    tx.table<{ aliases?: unknown }>('estates').toCollection().modify((estate) => {
      if (!Array.isArray(estate.aliases)) estate.aliases = [];
    }),
} as const satisfies SchemaVersion;
