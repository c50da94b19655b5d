import { BRIDGE_KEY, type StreetLedgerBridge } from '../../shared/ipc/contract';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './Platform';

declare global {
  interface Window {
    readonly [BRIDGE_KEY]?: StreetLedgerBridge;
  }
}

/** The Electron bridge when the preload put one on `window`; the browser fallbacks otherwise. */
export function detectPlatform(): Platform {
  const bridge = window[BRIDGE_KEY];
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
}

export type { Platform } from './Platform';
