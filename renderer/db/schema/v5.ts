import type { SchemaVersion } from './schemaVersion';

/**
 * Version 5: the field history (shared/history). A new table only; rows earlier versions wrote
 * are left exactly as they are (text folded by older releases stays folded: what was typed
 * before is gone, and no upgrade pretends to know it).
 *
 * - `[kind+recordId]`: one record's history (a notice's drawer, a term's card).
 * - `estateId`: everything recorded about one estate, for its page.
 * - `batchId`: what one import or its undo changed.
 * - `at`: the whole log in time order, for the workbook's history sheet.
 */
export const v5 = {
  version: 5,
  stores: {
    fieldHistory: 'id, [kind+recordId], estateId, batchId, at',
  },
} as const satisfies SchemaVersion;

/* Row shape as version 5 writes it: `HistoryEntry` in shared/history/fieldHistory.ts, frozen
 * here by copy when a later version changes it. */
