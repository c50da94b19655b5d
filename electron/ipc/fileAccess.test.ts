import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { nodeFileAccess } from './fileAccess';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), '街道-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('nodeFileAccess.write', () => {
  it('writes the bytes and leaves no temporary file behind', async () => {
    const target = path.join(dir, '小区台账.xlsx');
    await nodeFileAccess.write(target, new Uint8Array([80, 75, 3, 4]));
    expect([...(await readFile(target))]).toEqual([80, 75, 3, 4]);
    expect(await readdir(dir)).toEqual(['小区台账.xlsx']);
  });

  it('replaces an existing file whole', async () => {
    const target = path.join(dir, 'a.xlsx');
    await writeFile(target, 'an older, longer workbook');
    await nodeFileAccess.write(target, new Uint8Array([1]));
    expect([...(await readFile(target))]).toEqual([1]);
  });

  it('fails with the system error code and cleans up when it cannot finish', async () => {
    // A directory in the way of the rename stands in for a workbook Excel holds open.
    const target = path.join(dir, 'busy.xlsx');
    await mkdir(target);
    await mkdir(path.join(target, 'inside'));
    await expect(nodeFileAccess.write(target, new Uint8Array([1]))).rejects.toHaveProperty('code');
    expect(await readdir(dir)).toEqual(['busy.xlsx']);
  });
});

describe('nodeFileAccess.readAtMost', () => {
  it('reads a file within the limit exactly', async () => {
    const target = path.join(dir, 'in.xlsx');
    const bytes = new Uint8Array(3 * 1024 * 1024 + 7).map((_, i) => i % 251);
    await writeFile(target, bytes);
    const read = await nodeFileAccess.readAtMost(target, MAX_FILE_BYTES);
    expect(read.status).toBe('read');
    if (read.status !== 'read') return;
    expect(read.data.byteLength).toBe(bytes.byteLength);
    // Exact-size buffer: IPC ships the whole backing store of a view.
    expect(read.data.buffer.byteLength).toBe(bytes.byteLength);
    expect(Buffer.from(read.data).equals(Buffer.from(bytes))).toBe(true);
  });

  it('reads an empty file', async () => {
    const target = path.join(dir, 'empty.csv');
    await writeFile(target, '');
    expect(await nodeFileAccess.readAtMost(target, 10)).toEqual({ status: 'read', data: new Uint8Array(0) });
  });

  it('accepts a file of exactly the limit and refuses one byte more', async () => {
    const target = path.join(dir, 'edge.csv');
    await writeFile(target, 'x'.repeat(10));
    expect((await nodeFileAccess.readAtMost(target, 10)).status).toBe('read');
    await writeFile(target, 'x'.repeat(11));
    expect(await nodeFileAccess.readAtMost(target, 10)).toEqual({ status: 'tooLarge', bytes: 11 });
  });

  it('refuses a huge file from its size alone, without reading it', async () => {
    // Sparse: 100 × the limit (5 GB) costs no disk, but reading it whole would take far longer
    // than this test's timeout and more memory than a buffer may hold.
    const target = path.join(dir, 'huge.xlsx');
    const handle = await open(target, 'w');
    await handle.truncate(MAX_FILE_BYTES * 100);
    await handle.close();
    const started = Date.now();
    expect(await nodeFileAccess.readAtMost(target, MAX_FILE_BYTES)).toEqual({ status: 'tooLarge', bytes: MAX_FILE_BYTES * 100 });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a directory', async () => {
    expect(await nodeFileAccess.readAtMost(dir, MAX_FILE_BYTES)).toEqual({ status: 'notAFile' });
  });

  it('fails with the system error for a missing file', async () => {
    await expect(nodeFileAccess.readAtMost(path.join(dir, 'gone.xlsx'), 10)).rejects.toHaveProperty('code', 'ENOENT');
  });
});
