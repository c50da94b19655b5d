import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { ExchangePageHelper } from './pages/ExchangePage';
import { launchApp, type AppBrowser } from './support/browser';
import { ledgerState } from './support/ledgerState';
import { largeEstateList } from './support/workbooks';

const ESTATES = 20_000;

/**
 * Leaving 导入导出 while a commit runs used to terminate the worker holding the transaction: 0
 * rows, no word. The worker belongs to the app now: the commit finishes, the result shows on the
 * page the clerk went to, every page shows it running, and closing the tab asks first.
 */
describe('leaving the page during a commit', () => {
  let browser: AppBrowser;
  let app: AppPage;
  let exchange: ExchangePageHelper;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    app = new AppPage(browser.page);
    exchange = new ExchangePageHelper(app);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.addCommunity({ name: '太平社区' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finishes the commit, shows its result on the other page, and asks before the tab closes', async () => {
    await exchange.open();
    await exchange.importFile('两万小区.xlsx', largeEstateList('太平社区', ESTATES));
    await exchange.startCommit();
    await exchange.runningBanner().waitFor();
    await app.navigate('communities');
    // Still shown on the page the clerk went to.
    await exchange.runningBanner().waitFor();

    // Closing the tab now asks (the browser's own "leave site?"); the clerk stays.
    const asked = new Promise<string>((resolve) => {
      browser.page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      });
    });
    await browser.page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');

    expect(await exchange.committedText()).toBe(`“两万小区.xlsx”已导入：新增 ${ESTATES} 条，修改 0 条`);
    await app.byTestId('communities-page').waitFor();
    expect((await ledgerState(browser.page)).counts.estates).toBe(ESTATES);
    await exchange.runningBanner().waitFor({ state: 'detached' });
  });
});
