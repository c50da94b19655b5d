import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../shared/ipc/contract';
import { contentSecurityPolicy } from '../shared/security/csp';
import { DEFAULT_SETTINGS } from '../shared/settings/settings';
import type { InvokeListener } from './ipc/register';
import { FakeWebContents, type FakeBrowserWindow, type FakeEmitter } from './testing/fakeElectron';

/** Everything main.ts asked of Electron, per test. */
const world = vi.hoisted(() => ({
  packaged: true,
  lockGranted: true,
  version: '0.1.0',
  name: '街道物业台账',
  quit: 0,
  sandboxEnabled: false,
  paths: new Map<string, string>(),
  handles: new Map<string, unknown>(),
  menu: 'default' as unknown,
  app: undefined as unknown,
  sessionHandlers: new Map<string, unknown>(),
  ready: false,
  privilegedSchemes: [] as { schemes: unknown; afterReady: boolean }[],
  protocolHandlers: [] as { scheme: string; handler: (request: Request) => Promise<Response>; windowsBefore: number }[],
  fetchedFiles: [] as string[],
  // The mock factory runs again after every vi.resetModules(), with a fresh fakes module, so the
  // windows are collected here rather than in FakeBrowserWindow.created.
  windows: [] as FakeBrowserWindow[],
  messageBoxes: [] as { message: string; buttons: string[]; defaultId: number; cancelId: number }[],
  messageBoxAnswer: 0,
}));

vi.mock('electron', async () => {
  const fakes = await import('./testing/fakeElectron');
  class FakeApp extends fakes.FakeEmitter {
    get isPackaged() {
      return world.packaged;
    }
    setPath(name: string, value: string) {
      world.paths.set(name, value);
    }
    getPath(name: string) {
      return world.paths.get(name) ?? `/fake/${name}`;
    }
    enableSandbox() {
      world.sandboxEnabled = true;
    }
    requestSingleInstanceLock() {
      return world.lockGranted;
    }
    quit() {
      world.quit += 1;
    }
    whenReady() {
      return Promise.resolve().then(() => {
        world.ready = true;
      });
    }
    setAppUserModelId() {}
    getVersion() {
      return world.version;
    }
    getName() {
      return world.name;
    }
  }
  class BrowserWindow extends fakes.FakeBrowserWindow {
    constructor(options: ConstructorParameters<typeof fakes.FakeBrowserWindow>[0]) {
      super(options);
      world.windows.push(this);
    }
  }
  const app = new FakeApp();
  world.app = app;
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
  const record = (name: string) => (handler: unknown) => world.sessionHandlers.set(name, handler);
  const electron = {
    app,
    BrowserWindow,
    ipcMain: { handle: (channel: string, listener: unknown) => world.handles.set(channel, listener) },
    Menu: { setApplicationMenu: (menu: unknown) => (world.menu = menu) },
    dialog: {
      showErrorBox: () => undefined,
      showMessageBoxSync: (options: (typeof world.messageBoxes)[number]) => (world.messageBoxes.push(options), world.messageBoxAnswer),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => world.privilegedSchemes.push({ schemes, afterReady: world.ready }),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        world.protocolHandlers.push({ scheme, handler, windowsBefore: world.windows.length }),
    },
    net: {
      fetch: async (url: string) => {
        world.fetchedFiles.push(url);
        return new Response('<!doctype html><title>街道物业台账</title>');
      },
    },
    screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: record('request'),
        setPermissionCheckHandler: record('check'),
        setDevicePermissionHandler: record('device'),
        webRequest: { onHeadersReceived: record('headers') },
      },
    },
  };
  return { ...electron, default: electron };
});

// The real stores need electron-store; stores.test.ts covers them. Here: memory.
vi.mock('./stores', () => {
  let settings: unknown = {};
  let windowState: unknown;
  return {
    openSettingsBackend: () => ({ read: () => settings, write: (next: unknown) => (settings = next) }),
    openWindowStateBackend: () => ({ read: () => windowState, write: (next: unknown) => (windowState = next) }),
    openLedgerStateBackend: () => ({ read: () => null, write: () => undefined }),
  };
});

async function startMain(): Promise<void> {
  vi.resetModules();
  await import('./main');
  // Let app.whenReady().then(start) run.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const fakeApp = () => world.app as FakeEmitter;
const packagedEntry = 'app://street-ledger/index.html';
/** Where main.ts finds the built renderer: beside its own bundle, as Forge lays it out. */
const bundledIndexFile = pathToFileURL(path.join(__dirname, '../renderer/main_window/index.html')).href;

beforeEach(() => {
  Object.assign(world, { packaged: true, lockGranted: true, version: '0.1.0', name: '街道物业台账', quit: 0, sandboxEnabled: false, menu: 'default', ready: false });
  world.privilegedSchemes.length = 0;
  world.protocolHandlers.length = 0;
  world.fetchedFiles.length = 0;
  world.paths.clear();
  world.handles.clear();
  world.sessionHandlers.clear();
  world.windows.length = 0;
  world.messageBoxes.length = 0;
  world.messageBoxAnswer = 0;
  vi.stubGlobal('MAIN_WINDOW_VITE_NAME', 'main_window');
  vi.stubGlobal('MAIN_WINDOW_VITE_DEV_SERVER_URL', undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('main', () => {
  it('quits at once, creating nothing, when another instance holds the lock', async () => {
    world.lockGranted = false;
    await startMain();
    expect(world.quit).toBe(1);
    expect(world.windows).toHaveLength(0);
    expect(world.handles.size).toBe(0);
  });

  it('pins userData to a fixed ASCII folder and sandboxes every renderer', async () => {
    await startMain();
    expect(world.paths.get('userData')).toBe(path.join('/fake/appData', 'street-ledger'));
    expect(world.sandboxEnabled).toBe(true);
  });

  it('keeps the same profile folder and origin across versions and product names', async () => {
    await startMain();
    const first = { userData: world.paths.get('userData'), url: world.windows[0]?.loadedUrl };
    Object.assign(world, { version: '2.0.0', name: 'Street Ledger Pro' });
    world.paths.clear();
    world.windows.length = 0;
    await startMain();
    expect({ userData: world.paths.get('userData'), url: world.windows[0]?.loadedUrl }).toEqual(first);
    expect(first).toEqual({ userData: path.join('/fake/appData', 'street-ledger'), url: 'app://street-ledger/index.html' });
  });

  it('opens one hardened window on the bundled page and registers every operation', async () => {
    await startMain();
    expect(world.windows).toHaveLength(1);
    const [window] = world.windows;
    expect(window?.loadedUrl).toBe(packagedEntry);
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect([...world.handles.keys()].sort()).toEqual(Object.values(ipcContract).map((op) => op.channel).sort());
    expect([...world.sessionHandlers.keys()].sort()).toEqual(['check', 'device', 'headers', 'request']);
    expect(world.menu).toBeNull();
  });

  it('registers the app:// scheme as privileged before the app is ready', async () => {
    await startMain();
    expect(world.privilegedSchemes).toEqual([
      {
        schemes: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }],
        afterReady: false,
      },
    ]);
  });

  it('serves the built renderer over app:// before the window asks for it', async () => {
    await startMain();
    expect(world.protocolHandlers.map(({ scheme, windowsBefore }) => ({ scheme, windowsBefore }))).toEqual([
      { scheme: 'app', windowsBefore: 0 },
    ]);
    const serve = world.protocolHandlers[0]?.handler;
    if (!serve) throw new Error('no app:// handler');

    const page = await serve(new Request(packagedEntry));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy({ delivery: 'header' }));
    expect(world.fetchedFiles).toEqual([bundledIndexFile]);

    world.fetchedFiles.length = 0;
    const escape = await serve(new Request('app://street-ledger/..%2F..%2Fbuild%2Fmain.js'));
    expect(escape.status).toBe(404);
    expect(world.fetchedFiles).toEqual([]);
  });

  it('answers its own page over IPC and refuses anyone else', async () => {
    await startMain();
    const getSettings = world.handles.get(ipcContract.getSettings.channel) as InvokeListener;
    await expect(getSettings({ senderFrame: { url: `${packagedEntry}#/` } })).resolves.toEqual(DEFAULT_SETTINGS);
    await expect(getSettings({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow(/已拒绝请求/);
    await expect(getSettings({ senderFrame: { url: 'app://evil/index.html' } })).rejects.toThrow(/已拒绝请求/);
    // The page as it used to be loaded: a file:// page is never the app any more.
    await expect(getSettings({ senderFrame: { url: `${bundledIndexFile}#/` } })).rejects.toThrow(/已拒绝请求/);
  });

  it('asks in Chinese before closing while the page runs a commit, and stays open by default', async () => {
    await startMain();
    const [window] = world.windows;
    const setRunning = world.handles.get(ipcContract.setCommitRunning.channel) as InvokeListener;
    const fromPage = { senderFrame: { url: `${packagedEntry}#/exchange` } };
    const close = () => {
      let prevented = false;
      window?.emit('close', { preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(close()).toBe(false);
    expect(world.messageBoxes).toEqual([]);

    await setRunning(fromPage, { running: true });
    expect(close()).toBe(true);
    expect(world.messageBoxes[0]).toMatchObject({ buttons: ['继续导入', '仍然关闭'], defaultId: 0, cancelId: 0 });
    expect(world.messageBoxes[0]?.message).toContain('导入仍在进行');
    world.messageBoxAnswer = 1;
    expect(close()).toBe(false);

    await setRunning(fromPage, { running: false });
    world.messageBoxes.length = 0;
    expect(close()).toBe(false);
    expect(world.messageBoxes).toEqual([]);
  });

  it('focuses the existing window when the app is started again', async () => {
    await startMain();
    const [window] = world.windows;
    if (!window) throw new Error('no window');
    window.minimized = true;
    fakeApp().emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('guards every web contents created later', async () => {
    await startMain();
    const contents = new FakeWebContents();
    fakeApp().emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('loads the dev server while developing, with a separate userData', async () => {
    world.packaged = false;
    vi.stubGlobal('MAIN_WINDOW_VITE_DEV_SERVER_URL', 'http://localhost:5173');
    await startMain();
    expect(world.windows[0]?.loadedUrl).toBe('http://localhost:5173/');
    expect(world.paths.get('userData')).toBe(path.join('/fake/appData', 'street-ledger-dev'));
    expect(world.menu).toBe('default');
    // The scheme exists in every build; only a bundle is served over it.
    expect(world.privilegedSchemes).toHaveLength(1);
    expect(world.protocolHandlers).toEqual([]);
  });

  it('never trusts a dev server URL in a packaged app', async () => {
    vi.stubGlobal('MAIN_WINDOW_VITE_DEV_SERVER_URL', 'http://localhost:5173');
    await startMain();
    expect(world.windows[0]?.loadedUrl).toBe(packagedEntry);
  });
});
