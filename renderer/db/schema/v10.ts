import type { SchemaVersion } from './schemaVersion';

/**
 * Version 10, for the dashboard: inspections indexed by kind and day together, notices by the day
 * they were closed. The dashboard counts a street's inspections per week and kind, its spot-check
 * days and yesterday's patrols, and its notices closed per month; with these indexes each is a
 * count or a key range (no rows copied out), where the date indexes alone made it read twelve
 * weeks of whole inspections and a year of whole notices (some 13,000 rows, each fetched by its
 * key, on a 100,000-inspection street) to look at two fields. Dexie builds the indexes from the
 * rows already stored; nothing else changes.
 */
export const v10 = {
  version: 10,
  stores: {
    inspections: 'id, estateId, inspectedOn, kind, updatedAt, [kind+inspectedOn]',
    notices: 'id, &[year+serial], estateId, inspectionId, issuedOn, status, [status+deadline], closedOn',
  },
} as const satisfies SchemaVersion;
