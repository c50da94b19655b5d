import type { SchemaVersion } from './schemaVersion';

/**
 * Version 10: inspections indexed by kind and day together. The dashboard counts a street's
 * inspections per week and kind, its spot-check days and yesterday's patrols; with this index
 * each is a count or a key range (no rows copied out), where the date index alone made it read
 * twelve weeks of whole inspections (some 9,000 rows on a 100,000-inspection street) to look at
 * two fields. Dexie builds the index from the rows already stored; nothing else changes.
 */
export const v10 = {
  version: 10,
  stores: {
    inspections: 'id, estateId, inspectedOn, kind, updatedAt, [kind+inspectedOn]',
  },
} as const satisfies SchemaVersion;
