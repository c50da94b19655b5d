import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browserRoom, provenRoom, type RoomStorage, type ScratchSpace } from './roomProbe';

const MB = 1024 * 1024;

/**
 * A disk as Chromium shows it to the origin: a quota it enforces (a share of the disk's size) and
 * the bytes really free, which another program may have used up. Records what was asked.
 */
function fakeScratch(quotaBytes: number, freeBytes: number) {
  const calls: string[] = [];
  const space: ScratchSpace = {
    reserve: async (bytes) => {
      calls.push(`reserve ${bytes}`);
      return bytes <= quotaBytes;
    },
    fill: async (bytes) => {
      calls.push(`fill ${bytes}`);
      return Math.min(bytes, freeBytes, quotaBytes);
    },
  };
  return { space, calls };
}

describe('the room probe', () => {
  it('proves the whole need when the quota grants it and the bytes land', async () => {
    const { space, calls } = fakeScratch(16 * MB, 28 * MB);
    expect(await provenRoom(space, 12 * MB, { writeBytes: true })).toBe(12 * MB);
    expect(calls).toEqual([`reserve ${12 * MB}`, `fill ${12 * MB}`]);
  });

  it('writes nothing real where the origin is not persisted: the quota is the only proof there', async () => {
    const { space, calls } = fakeScratch(16 * MB, 2 * MB);
    expect(await provenRoom(space, 12 * MB, { writeBytes: false })).toBe(12 * MB);
    expect(calls).toEqual([`reserve ${12 * MB}`]);
  });

  it('sees a disk another program filled, which the quota does not', async () => {
    const { space } = fakeScratch(16 * MB, 4 * MB);
    expect(await provenRoom(space, 12 * MB, { writeBytes: true })).toBe(4 * MB);
  });

  it('measures what the quota leaves when the need is over it, and never writes a byte then', async () => {
    const { space, calls } = fakeScratch(17 * MB, 28 * MB);
    const left = await provenRoom(space, 399 * MB, { writeBytes: true });
    expect(left).toBeLessThanOrEqual(17 * MB);
    expect(left).toBeGreaterThan(17 * MB - (399 * MB) / 256);
    expect(calls.some((call) => call.startsWith('fill'))).toBe(false);
  });

  it('answers the need itself exactly when it fits, and otherwise less, within what the quota grants', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(500 * MB), fc.nat(500 * MB), fc.integer({ min: 1, max: 500 * MB }), fc.boolean(), async (quota, free, needed, writeBytes) => {
        const proven = await provenRoom(fakeScratch(quota, free).space, needed, { writeBytes });
        const room = writeBytes ? Math.min(quota, free) : quota;
        expect(proven).toBeLessThanOrEqual(needed);
        expect(proven).toBeLessThanOrEqual(quota);
        expect(proven === needed).toBe(room >= needed);
      }),
    );
  });
});

describe("the browser build's room check", () => {
  const storage = (quota: number, usage: number, persisted: boolean): RoomStorage => ({
    estimate: async () => ({ quota, usage }),
    persisted: async () => persisted,
  });

  it('takes the estimate when it alone refuses, without touching the private file system', async () => {
    const { space, calls } = fakeScratch(16 * MB, 28 * MB);
    expect(await browserRoom(storage(20 * MB, 15 * MB, true), 12 * MB, async () => space)).toBe(5 * MB);
    expect(calls).toEqual([]);
  });

  it("sees past a 1 GB estimate on a 30 MB disk: Chromium's quota, then real bytes where persisted", async () => {
    const gigabyte = storage(1024 * MB, 75 * 1024, true);
    expect(await browserRoom(gigabyte, 12 * MB, async () => fakeScratch(16 * MB, 28 * MB).space)).toBe(12 * MB);
    expect(await browserRoom(gigabyte, 12 * MB, async () => fakeScratch(16 * MB, 4 * MB).space)).toBe(4 * MB);
    const left = await browserRoom(gigabyte, 399 * MB, async () => fakeScratch(17 * MB, 28 * MB).space);
    expect(left).toBeLessThanOrEqual(17 * MB);
    expect(left).toBeGreaterThan(15 * MB);
  });

  it('writes no real bytes on a best-effort origin', async () => {
    const { space, calls } = fakeScratch(16 * MB, 4 * MB);
    expect(await browserRoom(storage(1024 * MB, 0, false), 12 * MB, async () => space)).toBe(12 * MB);
    expect(calls.some((call) => call.startsWith('fill'))).toBe(false);
  });

  it('falls back to the estimate without a private file system, and says nothing without either', async () => {
    expect(await browserRoom(storage(1024 * MB, 0, true), 12 * MB, async () => null)).toBe(1024 * MB);
    expect(await browserRoom(storage(1024 * MB, 0, true), 12 * MB, () => Promise.reject(new Error('SecurityError')))).toBe(1024 * MB);
    expect(await browserRoom({}, 12 * MB, async () => null)).toBeNull();
    expect(await browserRoom(undefined, 12 * MB)).toBeNull();
  });
});
