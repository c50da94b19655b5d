import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, ipcContract } from '../shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../shared/settings/settings';
import { mainProcessMessage } from './bridge';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: { reply: undefined as unknown, failure: undefined as Error | undefined, calls: [] as unknown[][] },
}));

vi.mock('electron', () => {
  const module = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        electron.invoke.calls.push(args);
        return electron.invoke.failure ? Promise.reject(electron.invoke.failure) : Promise.resolve(electron.invoke.reply);
      },
      send: () => undefined,
      on: () => undefined,
    },
  };
  return { ...module, default: module };
});

let bridge: Record<string, unknown>;

beforeAll(async () => {
  await import('./preload');
  const exposed = electron.exposed.get(BRIDGE_KEY);
  if (typeof exposed !== 'object' || exposed === null) throw new Error('the preload exposed no bridge');
  bridge = exposed as Record<string, unknown>;
});

beforeEach(() => {
  electron.invoke.calls.length = 0;
  electron.invoke.reply = undefined;
  electron.invoke.failure = undefined;
});

describe('preload', () => {
  it(`exposes one object, under ${BRIDGE_KEY}`, () => {
    expect([...electron.exposed.keys()]).toEqual([BRIDGE_KEY]);
  });

  it('exposes exactly the contract operations, each a function', () => {
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(ipcContract).sort());
    for (const [name, value] of Object.entries(bridge)) {
      expect(typeof value, name).toBe('function');
    }
  });

  it('exposes no generic way into IPC', () => {
    const names = Object.keys(bridge).map((name) => name.toLowerCase());
    for (const forbidden of ['ipcrenderer', 'invoke', 'send', 'on', 'emit', 'sendsync', 'postmessage']) {
      expect(names).not.toContain(forbidden);
    }
  });

  it('sends each operation on its own channel with its input', async () => {
    electron.invoke.reply = { ...DEFAULT_SETTINGS, operator: '张三' };
    const updateSettings = bridge.updateSettings as (patch: unknown) => Promise<unknown>;
    await expect(updateSettings({ operator: '张三' })).resolves.toEqual({ ...DEFAULT_SETTINGS, operator: '张三' });
    expect(electron.invoke.calls).toEqual([[ipcContract.updateSettings.channel, { operator: '张三' }]]);

    electron.invoke.calls.length = 0;
    electron.invoke.reply = { ...DEFAULT_SETTINGS };
    await (bridge.getSettings as () => Promise<unknown>)();
    expect(electron.invoke.calls).toEqual([[ipcContract.getSettings.channel]]);
  });

  it('sends the backup operations on their own channels', async () => {
    electron.invoke.reply = { deleted: 2 };
    const deleteBackups = bridge.deleteBackups as (input: unknown) => Promise<unknown>;
    await expect(deleteBackups({ fileNames: ['a.slbak', 'b.slbak'] })).resolves.toEqual({ deleted: 2 });
    expect(electron.invoke.calls).toEqual([['backup:delete', { fileNames: ['a.slbak', 'b.slbak'] }]]);
    electron.invoke.calls.length = 0;
    electron.invoke.reply = { status: 'cancelled' };
    await (bridge.chooseBackupFolder as () => Promise<unknown>)();
    expect(electron.invoke.calls).toEqual([['backup:choose-folder']]);
  });

  it('writes and reads backups in chunks, one named function per step, no whole-file operation left', async () => {
    const session = 'a'.repeat(32);
    const steps: [string, string, unknown, unknown][] = [
      ['beginBackupWrite', 'backup:write-begin', { fileName: '台账备份_2024-05-06_093000_manual.slbak', bytes: 3 }, { session }],
      ['writeBackupChunk', 'backup:write-chunk', { session, index: 0, data: new Uint8Array([1, 2, 3]) }, { received: 3 }],
      ['abortBackupWrite', 'backup:write-abort', { session }, { aborted: true }],
      ['readBackupChunk', 'backup:read-chunk', { source: { kind: 'stored', fileName: 'x.slbak' }, offset: 0 }, { data: new Uint8Array([1]), bytes: 1 }],
    ];
    for (const [name, channel, input, reply] of steps) {
      electron.invoke.calls.length = 0;
      electron.invoke.reply = reply;
      await expect((bridge[name] as (input: unknown) => Promise<unknown>)(input)).resolves.toEqual(reply);
      expect(electron.invoke.calls).toEqual([[channel, input]]);
    }
    expect(bridge.finishBackupWrite).toBeTypeOf('function');
    expect(Object.keys(bridge).filter((key) => key === 'writeBackup' || key === 'readBackup')).toEqual([]);
  });

  it("hands the page the main process's message, unwrapped", async () => {
    electron.invoke.failure = new Error("Error invoking remote method 'file:save': Error: 无法保存“a.xlsx”：磁盘空间不足");
    const saveFile = bridge.saveFile as (input: unknown) => Promise<unknown>;
    await expect(saveFile({ suggestedName: 'a.xlsx', data: new Uint8Array(1), filters: [] })).rejects.toThrow(
      /^无法保存“a.xlsx”：磁盘空间不足$/,
    );
  });

  it('rejects a reply outside the contract instead of passing it on', async () => {
    electron.invoke.reply = { status: 'saved' };
    const saveFile = bridge.saveFile as (input: unknown) => Promise<unknown>;
    await expect(saveFile({ suggestedName: 'a.xlsx', data: new Uint8Array(1), filters: [] })).rejects.toThrow();
  });
});

describe('mainProcessMessage', () => {
  it("unwraps Electron's remote-method wrapper, keeping the main process's own words", () => {
    expect(mainProcessMessage(new Error("Error invoking remote method 'file:save': Error: 无法保存“a.xlsx”：磁盘空间不足"))).toBe(
      '无法保存“a.xlsx”：磁盘空间不足',
    );
    expect(mainProcessMessage(new Error("Error invoking remote method 'file:open': TypeError: x is not a function"))).toBe(
      'x is not a function',
    );
    expect(mainProcessMessage(new Error('plain'))).toBe('plain');
    expect(mainProcessMessage('text')).toBe('text');
  });
});
