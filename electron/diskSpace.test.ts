import { statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { freeBytesAt } from './diskSpace';

describe('freeBytesAt', () => {
  it('is what the volume leaves an ordinary user, in bytes', async () => {
    const stats = await statfs(tmpdir());
    const free = await freeBytesAt(tmpdir());
    // Others write to the same disk meanwhile: equal within a few megabytes.
    expect(Math.abs(free - stats.bavail * stats.bsize)).toBeLessThan(256 * 1024 * 1024);
    expect(free).toBeGreaterThan(0);
  });
});
