import path from 'node:path';
import { app, dialog, ipcMain, Menu, net, protocol, screen, session, type BrowserWindow } from 'electron';
import { shellMessages } from '../shared/i18n/shell';
import { appOriginFor, isTrustedSender } from './appOrigin';
import { userDataPath } from './dataLocation';
import { appProtocolHandler } from './appProtocol';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './appScheme';
import { contentSecurityPolicy } from '../shared/security/csp';
import { guardSession, guardWebContents } from './hardening';
import { electronDialogs } from './ipc/electronDialogs';
import { nodeFileAccess } from './ipc/fileAccess';
import { createHandlers } from './ipc/handlers';
import { registerIpcHandlers } from './ipc/register';
import { settingsRepository } from './settingsRepository';
import { openLedgerStateBackend, openSettingsBackend, openWindowStateBackend } from './stores';
import { CommitGuard } from './commitGuard';
import { freeBytesAt } from './diskSpace';
import { createMainWindow, focusWindow } from './window';
import { restoreWindowState } from './windowState';

/** Same as appId in build/electron-builder.yml: ties the taskbar button to the installed shortcut. */
const APP_USER_MODEL_ID = 'cn.streetledger.app';

// The user's records (IndexedDB) and settings live under userData, which Electron would name
// after productName. Pinned to a fixed ASCII folder (dataLocation.ts) so renaming the product or
// updating it never strands the data. Must precede the single-instance lock, which lives there.
app.setPath('userData', userDataPath(app.getPath('appData'), app.isPackaged));
app.enableSandbox();
// Only possible before 'ready', and only once. Registered in development too, where nothing
// serves it, so the scheme means the same in every build.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// A packaged app never trusts a dev server, whatever got baked into the bundle.
const devServerUrl =
  !app.isPackaged && typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;
const appOrigin = appOriginFor({ devServerUrl });
/** The built renderer, beside the main bundle (inside app.asar once packaged). */
const rendererRoot = path.join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}`);

let mainWindow: BrowserWindow | undefined;
const commitGuard = new CommitGuard();

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow);
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appOrigin));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('Street Ledger failed to start', error);
    dialog.showErrorBox(shellMessages['zh-CN'].appTitle, error instanceof Error ? error.message : String(error));
    app.quit();
  });
} else {
  // Another instance holds the lock and gets our 'second-instance'.
  app.quit();
}

function start(): void {
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  // No File/Edit/View menu in the packaged app: its Reload and DevTools entries only endanger
  // unsaved form input. Copy and paste keep working without it on Windows and Linux.
  if (app.isPackaged) Menu.setApplicationMenu(null);

  guardSession(session.defaultSession, contentSecurityPolicy({ devServerUrl }));
  if (appOrigin.kind === 'bundle') {
    // On the default session, which the window uses; before the window asks for its page.
    protocol.handle(
      APP_SCHEME,
      appProtocolHandler({
        rendererRoot,
        fetchFile: (fileUrl) => net.fetch(fileUrl),
        csp: contentSecurityPolicy({ delivery: 'header' }),
      }),
    );
  }

  const settings = settingsRepository(openSettingsBackend());
  const messages = () => shellMessages[settings.read().locale];
  const handlers = createHandlers({
    settings,
    dialogs: electronDialogs(() => mainWindow),
    files: nodeFileAccess,
    defaultDirectory: () => app.getPath('documents'),
    documentsDirectory: () => app.getPath('documents'),
    faults: {
      ledgerState: openLedgerStateBackend(),
      freeDiskBytes: () => freeBytesAt(app.getPath('userData')),
      commitGuard,
    },
  });
  registerIpcHandlers(ipcMain, handlers, {
    isTrustedSender: (frame) => isTrustedSender(appOrigin, frame),
    messages,
  });

  const windowStates = openWindowStateBackend();
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  mainWindow = createMainWindow({
    app: appOrigin,
    preloadPath: path.join(__dirname, 'preload.js'),
    title: messages().appTitle,
    state: restoreWindowState(windowStates.read(), workAreas, screen.getPrimaryDisplay().workArea),
    devTools: !app.isPackaged,
    confirmClose: (event) =>
      commitGuard.confirmClose(event, () => {
        const text = messages().dialogs.commitRunning;
        // The safe answer (stay open) is the default and what Esc gives.
        const answer = dialog.showMessageBoxSync({ type: 'warning', title: messages().appTitle, message: text.message, buttons: [text.keepOpen, text.closeAnyway], defaultId: 0, cancelId: 0 });
        return answer === 1;
      }),
    saveState: (state) => {
      try {
        windowStates.write(state);
      } catch (error) {
        // Losing the window position must never keep the window from closing.
        console.error('Could not save the window state', error);
      }
    },
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}
