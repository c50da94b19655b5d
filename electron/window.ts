import { BrowserWindow } from 'electron';
import type { AppOrigin } from './appOrigin';
import type { CloseEvent } from './commitGuard';
import { guardWebContents } from './hardening';
import { secureWebPreferences } from './webPreferences';
import { MIN_WINDOW_SIZE, type WindowState } from './windowState';

export interface MainWindowOptions {
  readonly app: AppOrigin;
  readonly preloadPath: string;
  readonly title: string;
  /** Already fitted onto the current displays (restoreWindowState). */
  readonly state: WindowState;
  readonly devTools: boolean;
  /** Called when the window closes, with the state to restore next time. */
  readonly saveState: (state: WindowState) => void;
  /** Asked first when the window is about to close; may keep it open (a commit still running). */
  readonly confirmClose?: (event: CloseEvent) => void;
}

export function createMainWindow({ app, preloadPath, title, state, devTools, saveState, confirmClose }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title,
    // Shown once painted, so a slow office PC shows no white flash or half-drawn page.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences({ preloadPath, devTools }),
  });
  guardWebContents(window.webContents, app);

  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('close', (event: CloseEvent) => {
    confirmClose?.(event);
    // The normal bounds, not the maximised ones, so un-maximising next time lands somewhere sane.
    const bounds = window.getNormalBounds();
    saveState({ bounds, maximized: window.isMaximized() });
  });

  window.loadURL(app.entryUrl).catch((error: unknown) => {
    // Only the dev server can be missing; app:// serves the index.html inside the asar.
    console.error(`Could not load ${app.entryUrl}`, error);
  });
  return window;
}

/** Brings the existing window forward when the user starts the app a second time. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
