import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FsPromises from 'node:fs/promises';

/** Every file-system step, in order, as the disk would see it. */
const steps: string[] = [];
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      const name = path.basename(String(args[0]));
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        steps.push(`sync ${name}`);
        await sync();
      };
      return handle;
    },
    rename: async (from: string, to: string) => {
      steps.push(`rename ${path.basename(from)} → ${path.basename(to)}`);
      await real.rename(from, to);
    },
  };
});

const { nodeFileAccess } = await import('./ipc/fileAccess');

let dir: string;
beforeEach(async () => {
  steps.length = 0;
  dir = await mkdtemp(path.join(tmpdir(), '街道-durable-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an exported file', () => {
  it('is flushed to the disk before it is renamed into place, then its folder is flushed', async () => {
    const target = path.join(dir, '城关镇_城关街道-台账.xlsx');
    await nodeFileAccess.write(target, new Uint8Array([80, 75, 3, 4]));
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/^sync 城关镇_城关街道-台账\.xlsx\.[0-9a-f]{8}\.tmp$/);
    expect(steps[1]).toMatch(/^rename .*\.tmp → 城关镇_城关街道-台账\.xlsx$/);
    expect(steps[2]).toBe(`sync ${path.basename(dir)}`);
    expect([...(await readFile(target))]).toEqual([80, 75, 3, 4]);
    expect(await readdir(dir)).toEqual(['城关镇_城关街道-台账.xlsx']);
  });
});
