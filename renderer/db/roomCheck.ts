import type { Platform } from '../platform/Platform';
import type { ImportCounts } from '../../shared/exchange/importBatch';
import type { StreetLedgerDb } from './StreetLedgerDb';

const MB = 1024 * 1024;

/**
 * Bytes a bulk write of `rows` rows is expected to take on disk at its peak. Measured with the
 * browser build on a tmpfs profile (df sampled every 20 ms during the commit, example street
 * loaded, the backup before the commit included): 5,000 rows peaked at 21.2 MB, 20,000 rows at
 * 70.3 MB, i.e. about 5 MB plus 3.3 KB per row — each row with its indexes, its field-history
 * entry and its undo entry, written to LevelDB's log first and compacted after (the disk settles
 * at about 3.1 KB per row). Rounded up to 4 KB a row plus 8 MB, so the estimate stays above
 * what was measured by a quarter.
 */
export function bytesToWrite(rows: number): number {
  return rows * 4096 + 8 * MB;
}

/** Rows the ledger holds, all tables: what the backup before a bulk write is made of. */
export async function ledgerRows(db: StreetLedgerDb): Promise<number> {
  const counts = await Promise.all(db.tables.map((table) => table.count()));
  return counts.reduce((n, c) => n + c, 0);
}

/** Refused before anything is written: the space a write needs and the space left. */
export class NotEnoughRoom extends Error {
  constructor(
    readonly neededBytes: number,
    readonly freeBytes: number,
  ) {
    super('not enough disk space');
    this.name = 'NotEnoughRoom';
  }
}

export function isNotEnoughRoom(error: unknown): error is NotEnoughRoom {
  return error instanceof NotEnoughRoom;
}

/**
 * Checks the room left before a bulk write (an import, a restore, an undo, each with the backup
 * before it): a full disk mid-write is the one failure that can cost the existing data, so it is
 * refused up front when the platform can tell the space left. Where it cannot (null), the write
 * goes ahead.
 */
export async function assertRoomFor(platform: Pick<Platform, 'freeBytes'>, neededBytes: number): Promise<void> {
  const free = await platform.freeBytes(neededBytes).catch(() => null);
  if (free !== null && free < neededBytes) throw new NotEnoughRoom(neededBytes, free);
}

/**
 * Room for undoing a batch and for the backup before it: the undo rewrites every row the batch
 * added or changed (a deletion too is a write in LevelDB until compacted), the backup is the
 * ledger as it is.
 */
export async function assertRoomForUndo(platform: Pick<Platform, 'freeBytes'>, db: StreetLedgerDb, counts: Pick<ImportCounts, 'added' | 'changed'>): Promise<void> {
  await assertRoomFor(platform, bytesToWrite(counts.added + counts.changed + (await ledgerRows(db))));
}
