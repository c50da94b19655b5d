/**
 * A place the room probe may ask for bytes: the origin private file system in the browser, a fake
 * in tests. Neither method leaves anything behind.
 */
export interface ScratchSpace {
  /** Whether the browser's own quota lets a scratch file grow to `bytes` (nothing written). */
  reserve(bytes: number): Promise<boolean>;
  /** Writes up to `bytes` real bytes; how many landed before the disk or the quota said no. */
  fill(bytes: number): Promise<number>;
}

export interface ProbeOptions {
  /**
   * Whether real bytes may be written: only where the origin is persisted. A best-effort origin
   * may be evicted whole when its own write runs the disk short (observed, see `originScratchSpace`).
   */
  readonly writeBytes: boolean;
}

/** The part of `navigator.storage` the browser's room check reads (missing outside secure contexts). */
export type RoomStorage = Partial<Pick<StorageManager, 'estimate' | 'persisted' | 'getDirectory'>>;

/** How finely the probe measures the quota left when the write does not fit: 1/2^8 of the need. */
const BISECTION_STEPS = 8;

/** The largest size up to `neededBytes` the browser's quota grants, by bisection. */
async function grantedByQuota(space: ScratchSpace, neededBytes: number): Promise<number> {
  if (await space.reserve(neededBytes)) return neededBytes;
  let granted = 0;
  let refused = neededBytes;
  for (let step = 0; step < BISECTION_STEPS && refused - granted > 1; step++) {
    const middle = Math.floor((granted + refused) / 2);
    if (await space.reserve(middle)) granted = middle;
    else refused = middle;
  }
  return granted;
}

/**
 * The bytes proven free, looked at as far as `neededBytes` (all of it when there is room, else
 * how much is left, so the refusal can say it). Two proofs: the quota Chromium enforces (about 60%
 * of the disk's size less what the origin uses — it does not see a disk another program filled),
 * then, where allowed, real bytes written to the disk and dropped again.
 */
export async function provenRoom(space: ScratchSpace, neededBytes: number, options: ProbeOptions): Promise<number> {
  const granted = await grantedByQuota(space, neededBytes);
  if (granted < neededBytes || !options.writeBytes) return granted;
  return space.fill(neededBytes);
}

const SCRATCH_NAME = 'street-ledger-room-probe.tmp';
const BLOCK_BYTES = 1024 * 1024;

function isQuotaExceeded(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

/**
 * The scratch file in the origin private file system (measured on a 30 MB tmpfs, Chromium 156):
 * - `reserve` grows it with `truncate`: checked against Chromium's enforced quota before a byte
 *   lands (16 MB granted, 18 MB refused on the 30 MB disk, whatever `estimate()` says), and never
 *   costs the ledger. But that quota is a share of the disk's size, not of its free space: with
 *   the disk filled to 5 MB free from outside, 9 MB were still granted.
 * - `fill` writes real zeros: the only proof of free space. On a best-effort origin, writing real
 *   bytes until refused made Chromium evict the whole origin — IndexedDB, this file system, Cache
 *   Storage — as a full disk does; on a persisted origin the same write only failed.
 * Null where the browser has no private file system.
 */
export async function originScratchSpace(storage: RoomStorage | undefined = navigator.storage as StorageManager | undefined): Promise<ScratchSpace | null> {
  if (!storage?.getDirectory) return null;
  const root = await storage.getDirectory();
  const withScratch = async <T>(probe: (writable: FileSystemWritableFileStream) => Promise<T>): Promise<T> => {
    const handle = await root.getFileHandle(SCRATCH_NAME, { create: true });
    const writable = await handle.createWritable({ keepExistingData: false });
    try {
      return await probe(writable);
    } finally {
      // Never committed: the swap file the stream wrote to goes with the abort.
      await writable.abort().catch(() => undefined);
      await root.removeEntry(SCRATCH_NAME).catch(() => undefined);
    }
  };
  return {
    reserve: (bytes) =>
      withScratch(async (writable) => {
        try {
          await writable.truncate(bytes);
          return true;
        } catch (error) {
          if (isQuotaExceeded(error)) return false;
          throw error;
        }
      }),
    fill: (bytes) =>
      withScratch(async (writable) => {
        const block = new Uint8Array(BLOCK_BYTES);
        let written = 0;
        try {
          while (written < bytes) {
            const size = Math.min(BLOCK_BYTES, bytes - written);
            await writable.write(size === BLOCK_BYTES ? block : block.subarray(0, size));
            written += size;
          }
        } catch {
          // The disk (or the quota) said no: what landed until then is the room there was.
        }
        return written;
      }),
  };
}

/** What `estimate()` says is left of the origin's quota: Chromium's ignores a small disk. */
async function estimatedFreeBytes(storage: RoomStorage): Promise<number | null> {
  const estimate = await storage.estimate?.().catch(() => undefined);
  if (!estimate || estimate.quota === undefined || estimate.usage === undefined) return null;
  return Math.max(0, estimate.quota - estimate.usage);
}

/**
 * The browser build's room for a bulk write, in bounds: the estimate first (cheap; alone it never
 * fits a small disk: a 1 GB quota on a 30 MB disk), then the scratch file in the private file
 * system — granted that size by Chromium's quota and, on a persisted origin, written for real.
 * Null when neither can tell.
 */
export async function browserRoom(storage: RoomStorage | undefined, neededBytes: number, scratch: (storage: RoomStorage) => Promise<ScratchSpace | null> = originScratchSpace): Promise<number | null> {
  if (!storage) return null;
  const estimated = await estimatedFreeBytes(storage);
  if (estimated !== null && estimated < neededBytes) return estimated;
  const space = await scratch(storage).catch(() => null);
  const persisted = (await storage.persisted?.().catch(() => false)) ?? false;
  const proven = space ? await provenRoom(space, neededBytes, { writeBytes: persisted }).catch(() => null) : null;
  if (proven === null) return estimated;
  return estimated === null ? proven : Math.min(estimated, proven);
}
