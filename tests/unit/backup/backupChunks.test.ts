import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName } from '../../../shared/backup/backupFile';
import { backupBytes } from '../../../electron/testing/backupFile';
import { BACKUP_CHUNK_BYTES, BRIDGE_KEY, type StreetLedgerBridge } from '../../../shared/ipc/contract';
import { shellMessages } from '../../../shared/i18n/shell';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { createElectronPlatform } from '../../../renderer/platform/electronPlatform';
import { appOriginFor, isTrustedSender } from '../../../electron/appOrigin';
import { CommitGuard } from '../../../electron/commitGuard';
import { nodeFileAccess } from '../../../electron/ipc/fileAccess';
import { createHandlers } from '../../../electron/ipc/handlers';
import { registerIpcHandlers, type InvokeEvent, type InvokeListener } from '../../../electron/ipc/register';
import { settingsRepository } from '../../../electron/settingsRepository';
import { nodeSha256 } from '../../../electron/backup/backupFolder';
import { DEFAULT_BACKUP_FOLDER } from '../../../electron/backup/backupHandlers';

/*
 * Backups cross IPC in chunks. The page's side is the real preload bridge (Electron mocked at
 * its boundary: ipcRenderer.invoke goes to the listeners ipcMain would hold) and the renderer's
 * platform adapter; the main side is the real gate and handlers over a temporary folder.
 */

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  /** channel → listener, as registered on the fake ipcMain. */
  listeners: new Map<string, (event: unknown, raw?: unknown) => Promise<unknown>>(),
  /** The frame every invoke comes from: the app's own page unless a test says otherwise. */
  sender: { url: '' },
}));

vi.mock('electron', () => {
  const module = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => {
        const listener = electron.listeners.get(channel);
        if (!listener) throw new Error(`no handler for ${channel}`);
        return listener({ senderFrame: { url: electron.sender.url } }, ...args);
      },
      send: () => undefined,
      on: () => undefined,
    },
  };
  return { ...module, default: module };
});

const app = appOriginFor();
let dir: string;
let bridge: StreetLedgerBridge;
let folder: string;

/** A fresh main process (an app start): handlers, gate, listeners. */
function startMain(): void {
  let stored: unknown = { ...DEFAULT_SETTINGS };
  const handlers = createHandlers({
    settings: settingsRepository({ read: () => stored, write: (next) => (stored = next) }),
    dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => path.join(dir, '别处', '旧电脑.slbak'), chooseFolder: async () => undefined },
    files: nodeFileAccess,
    defaultDirectory: () => dir,
    documentsDirectory: () => dir,
    faults: { ledgerState: { read: () => null, write: () => undefined }, freeDiskBytes: async () => 0, commitGuard: new CommitGuard() },
  });
  const gate = { isTrustedSender: (frame: { url: string } | null | undefined) => isTrustedSender(app, frame), messages: () => shellMessages['zh-CN'] };
  electron.listeners.clear();
  registerIpcHandlers({ handle: (channel: string, listener: InvokeListener) => electron.listeners.set(channel, (event, raw) => listener(event as InvokeEvent, raw)) }, handlers, gate);
}

/** A well-formed backup whose dump is `payloadBytes` long, every byte value in it. */
function backupOf(createdAt: number, payloadBytes: number): Promise<Uint8Array> {
  const payload = new Uint8Array(payloadBytes);
  for (let i = 0; i < payloadBytes; i++) payload[i] = (i * 31 + 7) % 256;
  return backupBytes(createdAt, payload);
}

const chunk = (index: number, size: number) => new Uint8Array(size).fill(index + 1);
/** Byte for byte (a deep equality over megabytes would take the test's whole time). */
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(a, b) === 0;

beforeAll(async () => {
  await import('../../../electron/preload');
  bridge = electron.exposed.get(BRIDGE_KEY) as StreetLedgerBridge;
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), '街道-chunks-'));
  folder = path.join(dir, ...DEFAULT_BACKUP_FOLDER);
  electron.sender.url = app.entryUrl;
  startMain();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('backups over IPC in chunks', () => {
  it('round-trips a backup of several chunks byte for byte, no message larger than a chunk', async () => {
    const platform = createElectronPlatform(bridge);
    const name = backupFileName(1_700_000_000_000, 'manual');
    const bytes = await backupOf(1_700_000_000_000, 2 * BACKUP_CHUNK_BYTES + 12_345);
    const sent: number[] = [];
    const writeChunk = electron.listeners.get('backup:write-chunk')!;
    electron.listeners.set('backup:write-chunk', (event, raw) => {
      sent.push((raw as { data: Uint8Array }).data.byteLength);
      return writeChunk(event, raw);
    });
    const stored = await platform.backups.write(name, new Blob([bytes.slice()]));
    expect(stored).toMatchObject({ fileName: name, bytes: bytes.length, manifest: { createdAt: 1_700_000_000_000 } });
    expect(sent).toEqual([BACKUP_CHUNK_BYTES, BACKUP_CHUNK_BYTES, bytes.length - 2 * BACKUP_CHUNK_BYTES]);
    // Only the finished file is in the folder, and it is listed.
    expect(await readdir(folder)).toEqual([name]);
    expect(sameBytes(new Uint8Array(await readFile(path.join(folder, name))), bytes)).toBe(true);
    expect((await platform.backups.list()).entries.map((e) => e.fileName)).toEqual([name]);
    // Read back in chunks, the same bytes.
    expect(sameBytes(new Uint8Array(await (await platform.backups.read(name)).arrayBuffer()), bytes)).toBe(true);
  });

  it('reads a backup the user opened from anywhere in chunks, by a token and never by its path', async () => {
    const bytes = await backupOf(5, BACKUP_CHUNK_BYTES + 10);
    await mkdir(path.join(dir, '别处'));
    await writeFile(path.join(dir, '别处', '旧电脑.slbak'), bytes);
    const opened = await createElectronPlatform(bridge).backups.openFile();
    if (opened.status !== 'opened') throw new Error(`not opened: ${opened.status}`);
    expect(opened.name).toBe('旧电脑.slbak');
    expect(sameBytes(opened.data, bytes)).toBe(true);
    await expect(bridge.readBackupChunk({ source: { kind: 'opened', token: 'f'.repeat(32) }, offset: 0 })).rejects.toThrow(/^要读取的备份文件已不可用/);
  });

  it('refuses a chunk out of order, one past the announced size, and one for no open session; each ends the write and leaves no file', async () => {
    const name = backupFileName(1, 'manual');
    const first = await bridge.beginBackupWrite({ fileName: name, bytes: 300 });
    await bridge.writeBackupChunk({ session: first.session, index: 0, data: chunk(0, 100) });
    await expect(bridge.writeBackupChunk({ session: first.session, index: 2, data: chunk(2, 100) })).rejects.toThrow(/顺序不对（应为第 2 块，收到第 3 块）/);
    // The refusal ended the session: its next chunk, in order or not, is for no open write.
    await expect(bridge.writeBackupChunk({ session: first.session, index: 1, data: chunk(1, 100) })).rejects.toThrow(/^这次备份的写入已结束或已中止/);
    expect(await readdir(folder)).toEqual([]);

    const second = await bridge.beginBackupWrite({ fileName: name, bytes: 150 });
    await bridge.writeBackupChunk({ session: second.session, index: 0, data: chunk(0, 100) });
    await expect(bridge.writeBackupChunk({ session: second.session, index: 1, data: chunk(1, 100) })).rejects.toThrow(/超出了开始时说的大小/);
    expect(await readdir(folder)).toEqual([]);

    await expect(bridge.writeBackupChunk({ session: 'a'.repeat(32), index: 0, data: chunk(0, 10) })).rejects.toThrow(/^这次备份的写入已结束或已中止/);
    await expect(bridge.finishBackupWrite({ session: 'a'.repeat(32), sha256: 'b'.repeat(64) })).rejects.toThrow(/^这次备份的写入已结束或已中止/);
  });

  it('refuses a chunk larger than a chunk may be before it reaches the handler', async () => {
    const { session } = await bridge.beginBackupWrite({ fileName: backupFileName(1, 'manual'), bytes: BACKUP_CHUNK_BYTES + 1 });
    await expect(bridge.writeBackupChunk({ session, index: 0, data: new Uint8Array(BACKUP_CHUNK_BYTES + 1) })).rejects.toThrow(/请求内容无效（backup:write-chunk）/);
    expect(await bridge.abortBackupWrite({ session })).toEqual({ aborted: true });
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses every backup operation from another page', async () => {
    const { session } = await bridge.beginBackupWrite({ fileName: backupFileName(1, 'manual'), bytes: 10 });
    electron.sender.url = 'https://evil.example/';
    await expect(bridge.writeBackupChunk({ session, index: 0, data: chunk(0, 10) })).rejects.toThrow(/已拒绝请求（backup:write-chunk）/);
    await expect(bridge.beginBackupWrite({ fileName: backupFileName(2, 'manual'), bytes: 10 })).rejects.toThrow(/已拒绝请求（backup:write-begin）/);
    await expect(bridge.finishBackupWrite({ session, sha256: 'b'.repeat(64) })).rejects.toThrow(/已拒绝请求（backup:write-finish）/);
    await expect(bridge.readBackupChunk({ source: { kind: 'stored', fileName: backupFileName(1, 'manual') }, offset: 0 })).rejects.toThrow(/已拒绝请求（backup:read-chunk）/);
    electron.sender.url = app.entryUrl;
    // The foreign page's chunk never landed: the write is still at its first chunk.
    await bridge.writeBackupChunk({ session, index: 0, data: chunk(0, 10) });
  });

  it('keeps no file when the bytes on disk do not have the checksum the page sent, or do not make the backup their header says', async () => {
    const name = backupFileName(1, 'manual');
    const bytes = await backupOf(1, 1000);
    const write = async (data: Uint8Array, sha256: string) => {
      const { session } = await bridge.beginBackupWrite({ fileName: name, bytes: data.length });
      await bridge.writeBackupChunk({ session, index: 0, data });
      return bridge.finishBackupWrite({ session, sha256 });
    };
    await expect(write(bytes, 'c'.repeat(64))).rejects.toThrow(/与发出的校验值不符，已丢弃/);
    expect(await readdir(folder)).toEqual([]);
    const damaged = bytes.slice();
    damaged[damaged.length - 3] = (damaged[damaged.length - 3] ?? 0) ^ 1;
    await expect(write(damaged, await nodeSha256(damaged))).rejects.toThrow(/读回校验不符，已丢弃/);
    expect(await readdir(folder)).toEqual([]);
    // Short of what was announced: not a backup either.
    const { session } = await bridge.beginBackupWrite({ fileName: name, bytes: bytes.length });
    await bridge.writeBackupChunk({ session, index: 0, data: bytes.subarray(0, 500) });
    await expect(bridge.finishBackupWrite({ session, sha256: await nodeSha256(bytes) })).rejects.toThrow(/没有收全，已丢弃/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('deletes what an aborted write wrote, never lists a write under way, and sweeps what a crash left on the next start', async () => {
    const name = backupFileName(9, 'manual');
    const aborted = await bridge.beginBackupWrite({ fileName: name, bytes: 200 });
    await bridge.writeBackupChunk({ session: aborted.session, index: 0, data: chunk(0, 100) });
    expect(await bridge.abortBackupWrite({ session: aborted.session })).toEqual({ aborted: true });
    expect(await bridge.abortBackupWrite({ session: aborted.session })).toEqual({ aborted: false });
    expect(await readdir(folder)).toEqual([]);

    // A write under way: its temporary file is there, hidden, and not a backup in the list.
    const running = await bridge.beginBackupWrite({ fileName: name, bytes: 200 });
    await bridge.writeBackupChunk({ session: running.session, index: 0, data: chunk(0, 100) });
    const [temporary] = await readdir(folder);
    expect(temporary).toMatch(/^\..*\.partial$/);
    expect((await bridge.listBackups()).entries).toEqual([]);
    expect(await readdir(folder)).toEqual([temporary]);

    // The app dies mid-write; on the next start the folder's first use sweeps it away.
    startMain();
    expect((await bridge.listBackups()).entries).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
    await expect(bridge.writeBackupChunk({ session: running.session, index: 1, data: chunk(1, 100) })).rejects.toThrow(/^这次备份的写入已结束或已中止/);
  });
});
