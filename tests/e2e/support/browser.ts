import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

// This machine's network is closed: without the background-networking flags Chromium keeps
// trying to reach Google's services and floods the log with refused connections.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=zh-CN',
];

const UNHANDLED = 'unhandledrejection: ';

export interface AppBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** A second tab on the same profile (same IndexedDB and localStorage), e.g. to reload. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A headless Chromium with a fresh profile, so every journey starts as a first run. The profile
 * lives until close(), so a reload sees what the previous page stored.
 */
export interface LaunchOptions {
  /** A profile folder of the journey's own (e.g. on a small tmpfs); kept after close(). */
  readonly userDataDir?: string;
  /** Runs in every page before the app's own scripts (e.g. to take IndexedDB away). */
  readonly initScript?: string;
  /**
   * Grants the origin persistent storage before the app first asks (`navigator.storage.persist()`),
   * as the desktop app's session does; headless Chromium otherwise answers no.
   */
  readonly persistentStorage?: boolean;
}

export async function launchApp(url: string, viewport: { width: number; height: number } = { width: 1440, height: 900 }, options: LaunchOptions = {}): Promise<AppBrowser> {
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'street-ledger-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: FLAGS,
    locale: 'zh-CN',
    viewport,
    acceptDownloads: true,
  });
  // Every journey fails on an uncaught error or an unhandled promise rejection in the page: a
  // rejected promise nobody awaits is a failure the user never hears of.
  const errors: string[] = [];
  await context.addInitScript((prefix: string) => {
    window.addEventListener('unhandledrejection', (event) => {
      const reason: unknown = event.reason;
      console.error(`${prefix}${reason instanceof Error ? reason.message : String(reason)}`);
    });
  }, UNHANDLED);
  if (options.initScript) await context.addInitScript(options.initScript);
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().startsWith(UNHANDLED)) errors.push(message.text());
    });
  };
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  if (options.persistentStorage) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.grantPermissions', { origin: new URL(url).origin, permissions: ['durableStorage'] });
  }
  await page.goto(url);
  return {
    context,
    page,
    newPage: async () => {
      const next = await context.newPage();
      watch(next);
      return next;
    },
    close: async () => {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`Uncaught errors in the page:\n${errors.join('\n')}`);
    },
  };
}

export type { Browser, Page };
