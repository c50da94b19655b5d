import type { WebPreferences } from 'electron';

export interface SecureWebPreferencesOptions {
  readonly preloadPath: string;
  /** Off in a packaged app: nobody at a street office needs a console into the page. */
  readonly devTools: boolean;
}

/**
 * The renderer runs as an untrusted web page: isolated from the preload, sandboxed, without Node,
 * and reaching the main process only through the preload's named bridge functions.
 * Every flag is spelled out even where it is Electron's default, so a future default change or
 * a careless edit shows up in review and fails window.test.ts.
 */
export function secureWebPreferences({ preloadPath, devTools }: SecureWebPreferencesOptions): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools,
  };
}
