import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { appOriginFor } from './appOrigin';
import { guardWebContents } from './hardening';
import { FakeBrowserWindow, FakeWebContents, navigationEvent } from './testing/fakeElectron';
import { createMainWindow, focusWindow } from './window';
import type { WindowState } from './windowState';

vi.mock('electron', async () => {
  const { FakeBrowserWindow: BrowserWindow } = await import('./testing/fakeElectron');
  return { BrowserWindow, default: { BrowserWindow } };
});

const bundleApp = appOriginFor();
const devApp = appOriginFor({ devServerUrl: 'http://localhost:5173' });
const state: WindowState = { bounds: { x: 40, y: 30, width: 1200, height: 760 }, maximized: false };

function openWindow(overrides: Partial<Parameters<typeof createMainWindow>[0]> = {}) {
  const saved: WindowState[] = [];
  createMainWindow({
    app: bundleApp,
    preloadPath: '/app/.vite/build/preload.js',
    title: '街道物业台账',
    state,
    devTools: false,
    saveState: (s) => saved.push(s),
    ...overrides,
  });
  const window = FakeBrowserWindow.created.at(-1);
  if (!window) throw new Error('createMainWindow made no BrowserWindow');
  return { window, saved };
}

beforeEach(() => {
  FakeBrowserWindow.created.length = 0;
});

describe('createMainWindow', () => {
  it('hands BrowserWindow an isolated, sandboxed renderer without Node', () => {
    const { window } = openWindow();
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const prefs = window.options.webPreferences;
    // Each of these is a security boundary: flipping any one of them must fail this test.
    expect(prefs?.contextIsolation).toBe(true);
    expect(prefs?.sandbox).toBe(true);
    expect(prefs?.nodeIntegration).toBe(false);
    expect(prefs?.nodeIntegrationInWorker).toBe(false);
    expect(prefs?.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs?.webSecurity).toBe(true);
    expect(prefs?.allowRunningInsecureContent).toBe(false);
    expect(prefs?.webviewTag).toBe(false);
    expect(prefs?.spellcheck).toBe(false);
    expect(prefs?.preload).toBe('/app/.vite/build/preload.js');
    expect(prefs?.devTools).toBe(false);
  });

  it('opens at the restored bounds, hidden until painted, and loads the app entry', () => {
    const { window } = openWindow();
    expect(window.options).toMatchObject({ x: 40, y: 30, width: 1200, height: 760, show: false, title: '街道物业台账' });
    expect(window.options.minWidth).toBeGreaterThan(0);
    expect(window.loadedUrl).toBe('app://street-ledger/index.html');
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
    expect(window.maximized).toBe(false);
  });

  it('maximises on show when it was maximised last time', () => {
    const { window } = openWindow({ state: { ...state, maximized: true } });
    window.emit('ready-to-show');
    expect(window.maximized).toBe(true);
    expect(window.visible).toBe(true);
  });

  it('saves the normal (un-maximised) bounds and the maximised flag on close', () => {
    const { window, saved } = openWindow();
    window.maximize();
    window.normalBounds = { x: 100, y: 80, width: 1100, height: 700 };
    window.emit('close');
    expect(saved).toEqual([{ bounds: { x: 100, y: 80, width: 1100, height: 700 }, maximized: true }]);
  });

  it('asks first on close, and keeps the window open when told to', () => {
    const asked: unknown[] = [];
    const { window, saved } = openWindow({ confirmClose: (event) => (asked.push(event), event.preventDefault()) });
    let prevented = false;
    window.emit('close', { preventDefault: () => (prevented = true) });
    expect(asked).toHaveLength(1);
    expect(prevented).toBe(true);
    expect(saved).toHaveLength(1);
  });

  it('denies window.open', () => {
    const { window } = openWindow();
    const handler = window.webContents.windowOpenHandler;
    expect(handler).toBeDefined();
    expect(handler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: bundleApp.entryUrl })).toEqual({ action: 'deny' });
  });

  it('keeps navigation on the app page', () => {
    const { window } = openWindow();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const foreign = navigationEvent('https://evil.example/phish');
      window.webContents.emit(event, foreign);
      expect(foreign.defaultPrevented, event).toBe(true);

      const otherFile = navigationEvent('file:///C:/Users/me/Desktop/report.html');
      window.webContents.emit(event, otherFile);
      expect(otherFile.defaultPrevented, event).toBe(true);

      const otherAppHost = navigationEvent('app://evil/index.html');
      window.webContents.emit(event, otherAppHost);
      expect(otherAppHost.defaultPrevented, event).toBe(true);

      const ownPage = navigationEvent(`${bundleApp.entryUrl}#/estates`);
      window.webContents.emit(event, ownPage);
      expect(ownPage.defaultPrevented, event).toBe(false);
    }
  });

  it('blocks <webview> attachment', () => {
    const { window } = openWindow();
    const attach = navigationEvent('about:blank');
    window.webContents.emit('will-attach-webview', attach);
    expect(attach.defaultPrevented).toBe(true);
  });
});

describe('guardWebContents', () => {
  it('allows the dev server origin and nothing else while developing', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as unknown as WebContents, devApp);
    const same = navigationEvent('http://localhost:5173/src/main.tsx');
    const otherPort = navigationEvent('http://localhost:5174/');
    const file = navigationEvent('file:///etc/passwd');
    const bundle = navigationEvent('app://street-ledger/index.html');
    for (const event of [same, otherPort, file, bundle]) contents.emit('will-navigate', event);
    expect([same, otherPort, file, bundle].map((event) => event.defaultPrevented)).toEqual([false, true, true, true]);
  });

  it('guards each web contents once, however often it is asked', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as unknown as WebContents, bundleApp);
    guardWebContents(contents as unknown as WebContents, bundleApp);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});

describe('focusWindow', () => {
  it('restores a minimised window and brings it forward', () => {
    const { window } = openWindow();
    window.minimized = true;
    focusWindow(window as unknown as Parameters<typeof focusWindow>[0]);
    expect(window.minimized).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(true);
  });
});
