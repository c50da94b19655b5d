import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { BackupPageHelper } from './pages/BackupPage';
import { RecoveryPageHelper } from './pages/FaultsPage';
import { launchApp, type AppBrowser } from './support/browser';
import { corruptIndexedDb } from './support/profile';

/**
 * A ledger damaged on disk while the app was closed: Chromium recreates the database empty and
 * says nothing. The app notices against the last known state (kept outside IndexedDB) and stops
 * at the recovery page — never the first-run page or an empty ledger — and one restore brings
 * the records back.
 */
describe('a corrupted profile', () => {
  const profile = mkdtempSync(join(tmpdir(), 'street-ledger-corrupt-'));
  let browser: AppBrowser | undefined;
  let copy: { name: string; bytes: Buffer };

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'), undefined, { userDataDir: profile });
    const app = new AppPage(browser.page);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.byTestId('load-example').click();
    await app.byTestId('home-class-counts').waitFor();
    const backups = new BackupPageHelper(app);
    await backups.open();
    await backups.backUpNow();
    const [newest] = await backups.listed();
    if (!newest) throw new Error('no backup listed');
    copy = await backups.saveCopy(newest.fileName);
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

    // The browser build keeps its backups in the same origin's store, which Chromium recreated
    // whole: the page says so, and the copy saved to disk is what brings the ledger back.
    expect(await recovery.backupsOffered()).toBe(0);
    await app.byTestId('recovery-no-backups').waitFor();
    await recovery.restoreFromFile(copy.name, copy.bytes);
    await app.byTestId('home-class-counts').waitFor({ timeout: 60_000 });
    expect(await app.byTestId('recovery-page').count()).toBe(0);

    // Restored: at the next start the ledger matches its last known state again.
    await browser.page.reload();
    await app.byTestId('home-class-counts').waitFor();
    expect(await app.byTestId('recovery-page').count()).toBe(0);
  });
});
