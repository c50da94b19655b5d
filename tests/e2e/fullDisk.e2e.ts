import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { ExchangePageHelper } from './pages/ExchangePage';
import { RecoveryPageHelper } from './pages/FaultsPage';
import { launchApp, type AppBrowser } from './support/browser';
import { ledgerState } from './support/ledgerState';
import { mountSmallDisk, type SmallDisk } from './support/smallDisk';
import { largeEstateList } from './support/workbooks';

const disk = mountSmallDisk(30);
if ('unavailable' in disk) console.warn(`SKIPPED full-disk journey: ${disk.unavailable}`);

/**
 * The profile on a 30 MB filesystem, the example street loaded, a 100,000-row import confirmed.
 * What Chromium does (observed here): its storage estimate ignores the small disk (a 1 GB quota
 * on a 30 MB tmpfs), the write fails with ENOSPC, and Chromium then drops the origin's whole
 * IndexedDB store — the ledger and the browser build's backups with it. The desktop app refuses
 * such an import up front from the disk's own free space (statfs over IPC). In the browser the
 * clerk is told in one Chinese sentence, and at the next start the app stops at the recovery page
 * (9 → 0 communities shown) instead of greeting them with an empty first-run ledger.
 */
describe.skipIf('unavailable' in disk)('a full disk', () => {
  const small = disk as SmallDisk;
  let browser: AppBrowser | undefined;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'), undefined, { userDataDir: small.path });
    app = new AppPage(browser.page);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.byTestId('load-example').click();
    await app.byTestId('home-class-counts').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    small.unmount();
  });

  it('says so in Chinese, and a ledger the full disk wiped stops at the recovery page, never the first-run page', async () => {
    const before = await ledgerState(app.page);
    const estimate = await app.page.evaluate(() => navigator.storage.estimate());
    console.log('storage estimate on the 30 MB disk', estimate);
    const exchange = new ExchangePageHelper(app);
    await exchange.open();
    await exchange.importFile('十万小区.xlsx', largeEstateList('万安社区', 100_000));
    await exchange.startCommit();
    const refused = app.page.locator('.import-failed').first();
    await refused.waitFor({ timeout: 120_000 });
    const said = await refused.innerText();
    console.log('the clerk reads', said);
    expect(said).toMatch(/^“十万小区\.xlsx”没有导入，数据没有任何改动：/);
    expect(said).not.toMatch(/bulkAdd|Error|https?:/);
    await app.page.reload();
    const recovery = new RecoveryPageHelper(app.page);
    await recovery.root().waitFor({ timeout: 60_000 });
    expect(await recovery.counts('communities')).toEqual([String(before.counts.communities ?? 0), '0']);
    expect(await app.byTestId('first-run').count()).toBe(0);
  });
});
