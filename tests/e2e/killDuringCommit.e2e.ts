import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { ExchangePageHelper } from './pages/ExchangePage';
import { launchApp, type AppBrowser } from './support/browser';
import { ledgerState } from './support/ledgerState';
import { largeEstateList } from './support/workbooks';

const ROWS = 5_000;
/** Milliseconds after 导入 is clicked: during the backup before it, the commit, and after. */
const DELAYS = [0, 100, 300, 600, 900, 1300, 1800, 2500, 3500, 5000];

/**
 * The crash probe kept as a journey: the page is killed (closed without unload handlers, as a
 * crash ends it) ten times during a 5,000-row commit. Every time the ledger holds either none of
 * the batch or all of it, with its batch record — never part of it.
 */
describe('a page killed during a commit, ten times', () => {
  let browser: AppBrowser;
  let page: Page;
  const outcomes: string[] = [];

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    page = browser.page;
    const app = new AppPage(page);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.addCommunity({ name: '太平社区' });
  });
  afterAll(async () => {
    console.log(`kills during a commit: ${outcomes.join(', ')}`);
    await browser?.close();
  });

  it.each(DELAYS.map((delay, round) => [round, delay]))('round %i: killed %i ms into the commit, all or nothing', async (round, delay) => {
    const before = await ledgerState(page);
    const app = new AppPage(page);
    const exchange = new ExchangePageHelper(app);
    await exchange.open();
    await exchange.importFile(`第${round}批.xlsx`, largeEstateList('太平社区', ROWS, `第${round}批小区`));
    await exchange.startCommit();
    await page.waitForTimeout(delay);
    await page.close({ runBeforeUnload: false });

    page = await browser.newPage();
    await page.goto(inject('appUrl'));
    await new AppPage(page).byTestId('home-page').waitFor({ timeout: 60_000 });
    const after = await ledgerState(page);
    const added = (after.counts.estates ?? 0) - (before.counts.estates ?? 0);
    const batches = (after.counts.importBatches ?? 0) - (before.counts.importBatches ?? 0);
    outcomes.push(added === 0 ? 'nothing' : 'all');
    expect([0, ROWS]).toContain(added);
    expect(batches).toBe(added === 0 ? 0 : 1);
  });
});
