import type { Platform } from '../platform/Platform';

/**
 * Bytes a bulk write is expected to take on disk: each row with its indexes, its field-history
 * entries and its undo entry runs to about a kilobyte in Chromium's LevelDB (measured on the
 * 100,000-row import), doubled for the log before compaction, plus a margin for the rest.
 */
export function bytesToWrite(rows: number): number {
  return rows * 2048 + 4 * 1024 * 1024;
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
 * Checks the room left before a bulk write (an import with its backup, a restore): a full disk
 * mid-write is the one failure that can cost the existing data, so it is refused up front when
 * the platform can tell the space left. Where it cannot (null), the write goes ahead.
 */
export async function assertRoomFor(platform: Pick<Platform, 'freeBytes'>, neededBytes: number): Promise<void> {
  const free = await platform.freeBytes().catch(() => null);
  if (free !== null && free < neededBytes) throw new NotEnoughRoom(neededBytes, free);
}
