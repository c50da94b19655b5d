import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcContract, MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { shellMessages } from '../../shared/i18n/shell';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/settings';
import { appOriginFor, isTrustedSender } from '../appOrigin';
import { settingsRepository } from '../settingsRepository';
import { CommitGuard } from '../commitGuard';
import {
  createHandlers,
  type BoundedRead,
  type FileDialogOptions,
  type IpcHandlers,
} from './handlers';
import { registerIpcHandlers, type InvokeEvent, type InvokeListener } from './register';

const app = appOriginFor();
const fromApp: InvokeEvent = { senderFrame: { url: `${app.entryUrl}#/settings` } };
const DOCUMENTS = '/home/clerk/Documents';

/** The whole main-process side, with the dialogs, disk and store replaced by recorders. */
function shell(options: { stored?: unknown; ledgerState?: unknown; savePath?: string; openPath?: string; read?: BoundedRead; writeError?: Error } = {}) {
  let stored: unknown = options.stored ?? { ...DEFAULT_SETTINGS };
  let ledgerState: unknown = options.ledgerState ?? null;
  const commitGuard = new CommitGuard();
  const calls = {
    saveDialogs: [] as FileDialogOptions[],
    openDialogs: [] as FileDialogOptions[],
    writes: [] as { path: string; data: Uint8Array }[],
    reads: [] as { path: string; limit: number }[],
    handled: [] as string[],
  };
  const settings = settingsRepository({
    read: () => stored,
    write: (next: Settings) => {
      stored = next;
    },
  });
  const handlers = createHandlers({
    settings,
    dialogs: {
      chooseSavePath: async (o) => (calls.saveDialogs.push(o), options.savePath),
      chooseOpenPath: async (o) => (calls.openDialogs.push(o), options.openPath),
      chooseFolder: async () => undefined,
    },
    files: {
      write: async (filePath, data) => {
        if (options.writeError) throw options.writeError;
        calls.writes.push({ path: filePath, data });
      },
      readAtMost: async (filePath, limit) => {
        calls.reads.push({ path: filePath, limit });
        return options.read ?? { status: 'read', data: new Uint8Array([1, 2, 3]) };
      },
    },
    defaultDirectory: () => DOCUMENTS,
    documentsDirectory: () => DOCUMENTS,
    faults: {
      ledgerState: {
        read: () => ledgerState,
        write: (state) => {
          ledgerState = state;
        },
      },
      freeDiskBytes: async () => 12 * 1024 * 1024,
      commitGuard,
    },
  });
  // Every handler records that it ran, so the tests can tell "refused" from "ran and failed".
  const recording = Object.fromEntries(
    Object.entries(handlers).map(([operation, handler]) => [
      operation,
      (input: unknown, context: unknown) => {
        calls.handled.push(operation);
        return (handler as (input: unknown, context: unknown) => Promise<unknown>)(input, context);
      },
    ]),
  ) as unknown as IpcHandlers;

  const listeners = new Map<string, InvokeListener>();
  const channels = registerIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, recording, {
    isTrustedSender: (frame) => isTrustedSender(app, frame),
    messages: () => shellMessages[settings.read().locale],
  });
  const invoke = (channel: string, raw?: unknown, event: InvokeEvent = fromApp): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`nothing registered on ${channel}`);
    return listener(event, raw);
  };
  return { invoke, calls, channels, stored: () => stored, ledgerState: () => ledgerState, commitGuard };
}

const xlsx = { name: 'Excel 工作簿', extensions: ['xlsx'] };
const goodSave = { suggestedName: '小区台账.xlsx', data: new Uint8Array([80, 75, 3, 4]), filters: [xlsx] };

describe('registration', () => {
  it('registers exactly one handler per contract operation', () => {
    const { channels } = shell();
    expect(channels.sort()).toEqual(Object.values(ipcContract).map((op) => op.channel).sort());
  });
});

describe('sender check', () => {
  const foreign: [string, InvokeEvent][] = [
    ['a page from another origin', { senderFrame: { url: 'https://evil.example/' } }],
    ['another local file', { senderFrame: { url: 'file:///C:/Users/clerk/Downloads/evil.html' } }],
    ['the bundled index.html opened as a file', { senderFrame: { url: 'file:///C:/Program%20Files/street-ledger/resources/app.asar/.vite/renderer/main_window/index.html' } }],
    ['another app:// host', { senderFrame: { url: 'app://evil/index.html' } }],
    ['a missing frame', { senderFrame: null }],
    ['an undefined frame', { senderFrame: undefined }],
    [
      'a frame whose event throws',
      {
        get senderFrame(): never {
          throw new Error('disposed');
        },
      },
    ],
  ];

  for (const [what, event] of foreign) {
    it(`refuses every operation from ${what}, before running anything`, async () => {
      const { invoke, calls } = shell({ savePath: '/tmp/x.xlsx' });
      const inputs: Record<string, unknown> = {
        [ipcContract.getSettings.channel]: undefined,
        [ipcContract.updateSettings.channel]: { operator: '张三' },
        [ipcContract.saveFile.channel]: goodSave,
        [ipcContract.openFile.channel]: { filters: [xlsx] },
        [ipcContract.saveAsPdf.channel]: { suggestedName: '通知书.pdf' },
      };
      for (const [channel, input] of Object.entries(inputs)) {
        await expect(invoke(channel, input, event), channel).rejects.toThrow(shellMessages['zh-CN'].errors.foreignSender(channel));
      }
      expect(calls.handled).toEqual([]);
      expect(calls.saveDialogs).toEqual([]);
    });
  }
});

describe('getSettings', () => {
  it('answers with the settings', async () => {
    const { invoke } = shell({ stored: { ...DEFAULT_SETTINGS, streetName: '牌楼街道' } });
    await expect(invoke(ipcContract.getSettings.channel)).resolves.toEqual({ ...DEFAULT_SETTINGS, streetName: '牌楼街道' });
  });

  it('refuses an argument where the contract takes none', async () => {
    const { invoke, calls } = shell();
    await expect(invoke(ipcContract.getSettings.channel, { all: true })).rejects.toThrow(/请求内容无效（settings:get）/);
    expect(calls.handled).toEqual([]);
  });

  it('answers from corrupt stored settings with defaults for the broken fields', async () => {
    const { invoke } = shell({ stored: { streetName: '牌楼街道', locale: 'fr', operator: 42 } });
    await expect(invoke(ipcContract.getSettings.channel)).resolves.toEqual({ ...DEFAULT_SETTINGS, streetName: '牌楼街道' });
  });
});

describe('updateSettings', () => {
  it('stores a valid patch (trimmed) and answers with the whole settings', async () => {
    const { invoke, stored } = shell();
    const reply = await invoke(ipcContract.updateSettings.channel, { streetName: ' 牌楼街道 ', locale: 'en' });
    expect(reply).toEqual({ ...DEFAULT_SETTINGS, streetName: '牌楼街道', locale: 'en' });
    expect(stored()).toEqual(reply);
  });

  it('treats a key sent as undefined as unchanged', async () => {
    const { invoke } = shell({ stored: { ...DEFAULT_SETTINGS, operator: '李四' } });
    await expect(invoke(ipcContract.updateSettings.channel, { operator: undefined, district: '江北区' })).resolves.toEqual({
      ...DEFAULT_SETTINGS,
      operator: '李四',
      district: '江北区',
    });
  });

  const malformed: [string, unknown][] = [
    ['an unknown locale', { locale: 'fr' }],
    ['an unknown key', { streetName: '牌楼街道', isAdmin: true }],
    ['a wrong type', { operator: 42 }],
    ['a too long name', { streetName: '街'.repeat(101) }],
    ['no object at all', 'zh-CN'],
    ['null', null],
    ['nothing', undefined],
  ];
  for (const [what, patch] of malformed) {
    it(`refuses ${what} and leaves the settings alone`, async () => {
      const { invoke, calls, stored } = shell();
      await expect(invoke(ipcContract.updateSettings.channel, patch)).rejects.toThrow(/请求内容无效（settings:update）/);
      expect(calls.handled).toEqual([]);
      expect(stored()).toEqual(DEFAULT_SETTINGS);
    });
  }

  it('explains the refusal in English once the user chose English', async () => {
    const { invoke } = shell({ stored: { ...DEFAULT_SETTINGS, locale: 'en' } });
    await expect(invoke(ipcContract.updateSettings.channel, { locale: 'fr' })).rejects.toThrow(/Invalid request \(settings:update\): locale/);
  });
});

describe('saveAsPdf', () => {
  const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
  const printingPage = (printed: { options: unknown[] }): InvokeEvent => ({
    ...fromApp,
    sender: {
      printToPDF: async (options) => {
        printed.options.push(options);
        return pdf;
      },
    },
  });

  it('prints the asking page to A4 and writes the PDF where the user says', async () => {
    const target = path.join(DOCUMENTS, '整改通知书〔2024〕第1号.pdf');
    const { invoke, calls } = shell({ savePath: target });
    const printed = { options: [] as unknown[] };
    await expect(invoke(ipcContract.saveAsPdf.channel, { suggestedName: '整改通知书〔2024〕第1号.pdf' }, printingPage(printed))).resolves.toEqual({ status: 'saved', path: target });
    expect(printed.options).toEqual([{ pageSize: 'A4', printBackground: true }]);
    expect(calls.saveDialogs[0]?.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(calls.writes).toEqual([{ path: target, data: pdf }]);
  });

  it('prints nothing when the user cancels the dialog', async () => {
    const { invoke, calls } = shell({ savePath: undefined });
    const printed = { options: [] as unknown[] };
    await expect(invoke(ipcContract.saveAsPdf.channel, { suggestedName: 'a.pdf' }, printingPage(printed))).resolves.toEqual({ status: 'cancelled' });
    expect(printed.options).toEqual([]);
    expect(calls.writes).toEqual([]);
  });

  it('turns a path into a bare name in the dialog\'s folder, and refuses anything but a name', async () => {
    const { invoke, calls } = shell({ savePath: undefined });
    await invoke(ipcContract.saveAsPdf.channel, { suggestedName: '城关镇/城关街道 ../../etc/x.pdf' });
    expect(calls.saveDialogs[0]?.defaultPath).toBe(path.join(DOCUMENTS, '城关镇_城关街道 .._.._etc_x.pdf'));
    calls.handled.length = 0;
    await expect(invoke(ipcContract.saveAsPdf.channel, { suggestedName: 'a.pdf', html: '<script>' })).rejects.toThrow();
    expect(calls.handled).toEqual([]);
  });
});

describe('saveFile', () => {
  it('asks where to save, starting in Documents, and writes the bytes there', async () => {
    const target = path.join(DOCUMENTS, '小区台账.xlsx');
    const { invoke, calls } = shell({ savePath: target });
    await expect(invoke(ipcContract.saveFile.channel, goodSave)).resolves.toEqual({ status: 'saved', path: target });
    expect(calls.saveDialogs).toEqual([{ title: '保存文件', defaultPath: target, filters: [xlsx] }]);
    expect(calls.writes).toEqual([{ path: target, data: goodSave.data }]);
  });

  it('starts the next dialog in the folder chosen last', async () => {
    const { invoke, calls } = shell({ savePath: '/mnt/share/台账/导出.xlsx' });
    await invoke(ipcContract.saveFile.channel, goodSave);
    await invoke(ipcContract.saveFile.channel, { ...goodSave, suggestedName: '第二份.xlsx' });
    expect(calls.saveDialogs[1]?.defaultPath).toBe(path.join('/mnt/share/台账', '第二份.xlsx'));
  });

  it('answers cancelled and writes nothing when the user cancels', async () => {
    const { invoke, calls } = shell({ savePath: undefined });
    await expect(invoke(ipcContract.saveFile.channel, goodSave)).resolves.toEqual({ status: 'cancelled' });
    expect(calls.writes).toEqual([]);
  });

  it('suggests a name Windows accepts', async () => {
    const { invoke, calls } = shell({ savePath: undefined });
    await invoke(ipcContract.saveFile.channel, { ...goodSave, suggestedName: 'A区:一期*<草稿>?.xlsx' });
    expect(calls.saveDialogs[0]?.defaultPath).toBe(path.join(DOCUMENTS, 'A区_一期__草稿__.xlsx'));
  });

  it('says in Chinese that a workbook held open by Excel cannot be overwritten', async () => {
    const busy = Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    const { invoke } = shell({ savePath: 'C:\\台账.xlsx', writeError: busy });
    await expect(invoke(ipcContract.saveFile.channel, goodSave)).rejects.toThrow(/无法保存“.*台账\.xlsx”：文件正被其他程序/);
  });

  it('passes on any other write failure with its reason', async () => {
    const odd = Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    const { invoke } = shell({ savePath: '/tmp/a.xlsx', writeError: odd });
    await expect(invoke(ipcContract.saveFile.channel, goodSave)).rejects.toThrow('无法保存“a.xlsx”：EIO: i/o error');
  });

  it('saves under a street name holding a slash, as a name in the dialog\'s folder (never a path)', async () => {
    const { invoke, calls } = shell({ savePath: undefined });
    await invoke(ipcContract.saveFile.channel, { ...goodSave, suggestedName: '城关镇/城关街道_全部台账_2024-06-30.xlsx' });
    await invoke(ipcContract.saveFile.channel, { ...goodSave, suggestedName: '../../Windows/System32/evil.dll' });
    await invoke(ipcContract.saveFile.channel, { ...goodSave, suggestedName: 'C:\\Users\\clerk\\evil.xlsx' });
    expect(calls.saveDialogs.map((d) => d.defaultPath)).toEqual([
      path.join(DOCUMENTS, '城关镇_城关街道_全部台账_2024-06-30.xlsx'),
      path.join(DOCUMENTS, '.._.._Windows_System32_evil.dll'),
      path.join(DOCUMENTS, 'C__Users_clerk_evil.xlsx'),
    ]);
  });

  const malformed: [string, unknown][] = [
    ['an empty name', { ...goodSave, suggestedName: '' }],
    ['bytes as a plain array', { ...goodSave, data: [80, 75, 3, 4] }],
    ['bytes as a string', { ...goodSave, data: 'PK' }],
    ['bytes as an ArrayBuffer', { ...goodSave, data: new ArrayBuffer(4) }],
    ['too many bytes', { ...goodSave, data: new Uint8Array(MAX_FILE_BYTES + 1) }],
    ['a filter extension with a dot', { ...goodSave, filters: [{ name: 'x', extensions: ['.xlsx'] }] }],
    ['no filters', { suggestedName: goodSave.suggestedName, data: goodSave.data }],
    ['nothing', undefined],
  ];
  for (const [what, input] of malformed) {
    it(`refuses ${what} without opening a dialog`, async () => {
      const { invoke, calls } = shell({ savePath: '/tmp/x.xlsx' });
      await expect(invoke(ipcContract.saveFile.channel, input)).rejects.toThrow(/请求内容无效（file:save）/);
      expect(calls.handled).toEqual([]);
      expect(calls.saveDialogs).toEqual([]);
      expect(calls.writes).toEqual([]);
    });
  }
});

describe('openFile', () => {
  it('reads the chosen file, bounded by MAX_FILE_BYTES', async () => {
    const { invoke, calls } = shell({ openPath: '/mnt/share/区里下发/汇总表.xlsx' });
    await expect(invoke(ipcContract.openFile.channel, { filters: [xlsx] })).resolves.toEqual({
      status: 'opened',
      name: '汇总表.xlsx',
      data: new Uint8Array([1, 2, 3]),
    });
    expect(calls.openDialogs).toEqual([{ title: '打开文件', defaultPath: path.join(DOCUMENTS, ''), filters: [xlsx] }]);
    expect(calls.reads).toEqual([{ path: '/mnt/share/区里下发/汇总表.xlsx', limit: MAX_FILE_BYTES }]);
  });

  it('reports a file over the limit as tooLarge with its size', async () => {
    const { invoke } = shell({ openPath: '/tmp/huge.xlsx', read: { status: 'tooLarge', bytes: MAX_FILE_BYTES * 3 } });
    await expect(invoke(ipcContract.openFile.channel, { filters: [xlsx] })).resolves.toEqual({
      status: 'tooLarge',
      name: 'huge.xlsx',
      bytes: MAX_FILE_BYTES * 3,
    });
  });

  it('answers cancelled and reads nothing when the user cancels', async () => {
    const { invoke, calls } = shell({ openPath: undefined });
    await expect(invoke(ipcContract.openFile.channel, { filters: [xlsx] })).resolves.toEqual({ status: 'cancelled' });
    expect(calls.reads).toEqual([]);
  });

  it('refuses something that is not a regular file', async () => {
    const { invoke } = shell({ openPath: '/tmp/folder', read: { status: 'notAFile' } });
    await expect(invoke(ipcContract.openFile.channel, { filters: [xlsx] })).rejects.toThrow('无法读取“folder”：这不是一个普通文件');
  });

  it('never reads a path the page names: only what the user picks in the dialog', async () => {
    // The contract's object schemas strip unknown keys, so the extra key never reaches the handler.
    const { invoke, calls } = shell({ openPath: '/home/clerk/Documents/选中的.xlsx' });
    await invoke(ipcContract.openFile.channel, { filters: [xlsx], path: '/etc/passwd' });
    expect(calls.reads.map((read) => read.path)).toEqual(['/home/clerk/Documents/选中的.xlsx']);
  });

  const malformed: [string, unknown][] = [
    ['filters that are not a list', { filters: 'xlsx' }],
    ['an extension pattern', { filters: [{ name: 'all', extensions: ['*'] }] }],
    ['nothing', undefined],
  ];
  for (const [what, input] of malformed) {
    it(`refuses ${what} without opening a dialog`, async () => {
      const { invoke, calls } = shell({ openPath: '/etc/passwd' });
      await expect(invoke(ipcContract.openFile.channel, input)).rejects.toThrow(/请求内容无效（file:open）/);
      expect(calls.handled).toEqual([]);
      expect(calls.openDialogs).toEqual([]);
    });
  }
});

describe('reply check', () => {
  it('refuses to hand the renderer a reply outside the contract', async () => {
    const listeners = new Map<string, InvokeListener>();
    const sound = createHandlers({
      settings: settingsRepository({ read: () => DEFAULT_SETTINGS, write: () => undefined }),
      dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => undefined, chooseFolder: async () => undefined },
      files: { write: async () => undefined, readAtMost: async () => ({ status: 'notAFile' }) },
      defaultDirectory: () => '/tmp',
      documentsDirectory: () => '/tmp',
      faults: { ledgerState: { read: () => null, write: () => undefined }, freeDiskBytes: async () => 0, commitGuard: new CommitGuard() },
    });
    const broken: IpcHandlers = { ...sound, getSettings: async () => ({ locale: 'fr' }) as unknown as typeof DEFAULT_SETTINGS };
    registerIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, broken, {
      isTrustedSender: () => true,
      messages: () => shellMessages['zh-CN'],
    });
    await expect(listeners.get('settings:get')?.(fromApp, undefined)).rejects.toThrow('程序内部错误：主进程的答复不符合约定（settings:get）');
  });
});

describe('faults the ledger must survive', () => {
  const state = { databaseName: 'street-ledger', counts: { communities: 9, estates: 120 }, writtenAt: 1_700_000_000_000 };

  it('keeps the last known state of the ledger outside IndexedDB, and reads back only a sound one', async () => {
    const { invoke, ledgerState } = shell();
    await expect(invoke(ipcContract.readLedgerState.channel)).resolves.toBeNull();
    await expect(invoke(ipcContract.recordLedgerState.channel, state)).resolves.toEqual({ recorded: true });
    expect(ledgerState()).toEqual(state);
    await expect(invoke(ipcContract.readLedgerState.channel)).resolves.toEqual(state);
    await expect(shell({ ledgerState: { databaseName: 7 } }).invoke(ipcContract.readLedgerState.channel)).resolves.toBeNull();
    await expect(invoke(ipcContract.recordLedgerState.channel, { ...state, counts: { estates: -1 } })).rejects.toThrow(/请求内容无效（ledger:record-state）/);
  });

  it('tells the page how much room the profile\'s disk has', async () => {
    await expect(shell().invoke(ipcContract.diskSpace.channel)).resolves.toEqual({ freeBytes: 12 * 1024 * 1024 });
  });

  it('asks before the window closes while the page says a commit runs, and only then', async () => {
    const { invoke, commitGuard } = shell();
    const closing = () => {
      const event = { prevented: false, preventDefault() { this.prevented = true; } };
      return event;
    };
    const asked: string[] = [];
    const idle = closing();
    commitGuard.confirmClose(idle, () => (asked.push('idle'), false));
    expect([idle.prevented, asked]).toEqual([false, []]);

    await expect(invoke(ipcContract.setCommitRunning.channel, { running: true })).resolves.toEqual({ running: true });
    const kept = closing();
    commitGuard.confirmClose(kept, () => (asked.push('keep'), false));
    const closed = closing();
    commitGuard.confirmClose(closed, () => (asked.push('close'), true));
    expect([kept.prevented, closed.prevented, asked]).toEqual([true, false, ['keep', 'close']]);

    await invoke(ipcContract.setCommitRunning.channel, { running: false });
    expect(commitGuard.isRunning()).toBe(false);
  });
});
