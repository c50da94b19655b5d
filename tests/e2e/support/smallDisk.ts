import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  readonly path: string;
  /** Bytes left on the disk. */
  freeBytes(): number;
  /** Fills the disk from outside the browser with a filler file, leaving `leaveBytes` free. */
  fill(leaveBytes?: number): void;
  /** Removes the filler. */
  unfill(): void;
  unmount(): void;
}

const FILLER = 'filler.bin';

function fillUp(folder: string, leaveBytes: number): void {
  const block = Buffer.alloc(1024 * 1024);
  const fd = openSync(join(folder, FILLER), 'a');
  try {
    for (;;) {
      const { bavail, bsize } = statfsSync(folder);
      const toWrite = Math.min(block.length, bavail * bsize - leaveBytes);
      if (toWrite <= 0) return;
      writeSync(fd, block, 0, toWrite);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

/**
 * A filesystem of `megabytes` for a Chromium profile, so a journey can fill the disk for real
 * (tmpfs: needs root or CAP_SYS_ADMIN). Null, with the reason, where mounting is impossible; in
 * CI (`CI=true`) that is an error instead, so the full-disk journey never silently skips there.
 */
export function mountSmallDisk(megabytes: number): SmallDisk | { readonly unavailable: string } {
  const path = mkdtempSync(join(tmpdir(), 'street-ledger-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', path], { stdio: 'pipe' });
  } catch (error) {
    rmSync(path, { recursive: true, force: true });
    const reason = `cannot mount a ${megabytes} MB tmpfs for the full-disk journey (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); run as root or with CAP_SYS_ADMIN`;
    if (process.env.CI === 'true') throw new Error(reason);
    return { unavailable: reason };
  }
  return {
    path,
    freeBytes: () => {
      const { bavail, bsize } = statfsSync(path);
      return bavail * bsize;
    },
    fill: (leaveBytes = 0) => fillUp(path, leaveBytes),
    unfill: () => rmSync(join(path, FILLER), { force: true }),
    unmount: () => {
      execFileSync('umount', [path], { stdio: 'pipe' });
      rmSync(path, { recursive: true, force: true });
    },
  };
}
