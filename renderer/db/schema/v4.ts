import type { SchemaVersion } from './schemaVersion';

/**
 * Version 4: import batches (to undo an import as a whole) and the column mappings a user
 * corrected, remembered per header layout. New tables only, so no upgrade function.
 * Batches by commit time (the newest first in the list).
 */
export const v4 = {
  version: 4,
  stores: {
    importBatches: 'id, committedAt',
    columnMappings: 'key',
  },
} as const satisfies SchemaVersion;

/* Row shapes as version 4 writes them: `ImportBatch` and `RememberedColumnMapping` in
 * shared/exchange/importBatch.ts, frozen here by copy when a later version changes them. */
