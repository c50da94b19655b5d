import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { BackupPageHelper } from './pages/BackupPage';
import { RecoveryPageHelper } from './pages/FaultsPage';
import { launchApp, type AppBrowser } from './support/browser';
import { corruptIndexedDb } from './support/profile';
import { ledgerState } from './support/ledgerState';

/**
 * A ledger damaged on disk while the app was closed: Chromium recreates the database empty and
 * says nothing. The app notices against the last known state (kept outside IndexedDB) and stops
 * at the recovery page — never the first-run page or an empty ledger — and one restore brings
 * the records back.
 */
describe('a corrupted profile', () => {
  const profile = mkdtempSync(join(tmpdir(), 'street-ledger-corrupt-'));
  let browser: AppBrowser | undefined;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'), undefined, { userDataDir: profile });
    const app = new AppPage(browser.page);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.byTestId('load-example').click();
    await app.byTestId('home-class-counts').waitFor();
    const backups = new BackupPageHelper(app);
    await backups.open();
    await backups.backUpNow();
    expect((await backups.listed()).length).toBeGreaterThan(0);
    await browser.close();
    browser = undefined;
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('stops at the recovery page with what was there and what is there now, and restores', async () => {
    expect(corruptIndexedDb(profile).length).toBeGreaterThan(0);
    browser = await launchApp(inject('appUrl'), undefined, { userDataDir: profile });
    const app = new AppPage(browser.page);
    const recovery = new RecoveryPageHelper(browser.page);
    await recovery.root().waitFor();
    expect(await app.byTestId('first-run').count()).toBe(0);
    expect(await app.byTestId('load-example').count()).toBe(0);
    const [before, now] = await recovery.counts('communities');
    expect(Number(before)).toBeGreaterThan(0);
    expect(now).toBe('0');

    // Chromium recreated the origin's LevelDB, which holds every IndexedDB database of the
    // origin; the browser build's backups are files in its private file system, apart from it,
    // so the backup made before is offered and one click brings the ledger back.
    expect(await recovery.backupsOffered()).toBeGreaterThan(0);
    await recovery.restoreNewest();
    await app.byTestId('home-class-counts').waitFor({ timeout: 60_000 });
    expect(await app.byTestId('recovery-page').count()).toBe(0);
    expect((await ledgerState(browser.page)).counts.communities).toBe(Number(before));

    // Restored: at the next start the ledger matches its last known state again.
    await browser.page.reload();
    await app.byTestId('home-class-counts').waitFor();
    expect(await app.byTestId('recovery-page').count()).toBe(0);
  });
});
