import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  readonly path: string;
  unmount(): void;
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
    unmount: () => {
      execFileSync('umount', [path], { stdio: 'pipe' });
      rmSync(path, { recursive: true, force: true });
    },
  };
}
