import { z } from '../common/zod';

/**
 * The last known state of the ledger, kept outside IndexedDB (electron-store in the desktop app,
 * localStorage in the browser build): which database, how many rows each table held, when it
 * was last written. A database that is gone, empty or far smaller at the next start was wiped or
 * damaged (Chromium recreates a corrupted database empty, silently) — the app stops at the
 * recovery page instead of greeting the clerk with an empty first-run ledger.
 */
export const ledgerStateSchema = z.object({
  databaseName: z.string().min(1).max(200),
  counts: z.record(z.string().max(100), z.number().int().min(0)),
  /** When the counts last changed (ms since the epoch). */
  writtenAt: z.number().int().min(0),
});
export type LedgerState = z.infer<typeof ledgerStateSchema>;

/** The tables whose rows the clerk made; their counts are what "much smaller" compares. */
export const COUNTED_TABLES = ['communities', 'estates', 'committeeTerms', 'preparatoryGroups', 'assemblyMeetings', 'inspections', 'notices', 'surveys'] as const;

export type LedgerCheck =
  | { readonly status: 'ok' }
  | { readonly status: 'missing' | 'shrunk'; readonly recorded: LedgerState; readonly now: Readonly<Record<string, number>> };

const total = (counts: Readonly<Record<string, number>>): number => COUNTED_TABLES.reduce((n, table) => n + (counts[table] ?? 0), 0);

/**
 * A ledger that lost more than half its records, and at least `minimumLoss` of them, since the
 * last known state. Deleting a few records, or undoing an import (which records the new state
 * at once), is no alarm; an empty database where records were is always one.
 */
export function checkLedger(recorded: LedgerState | null, now: { readonly exists: boolean; readonly counts: Readonly<Record<string, number>> }, minimumLoss = 10): LedgerCheck {
  if (!recorded) return { status: 'ok' };
  const before = total(recorded.counts);
  if (before === 0) return { status: 'ok' };
  if (!now.exists) return { status: 'missing', recorded, now: now.counts };
  const after = total(now.counts);
  if (after === 0 || (after < before / 2 && before - after >= minimumLoss)) return { status: 'shrunk', recorded, now: now.counts };
  return { status: 'ok' };
}
