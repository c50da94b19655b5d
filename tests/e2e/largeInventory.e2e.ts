import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { launchApp, type AppBrowser } from './support/browser';
import { seedEstates } from './support/seed';

/** A street's whole inventory in one table: 10,000 rows rendered as a window, filtered and sorted. */
describe('estate table with 10,000 estates', () => {
  let browser: AppBrowser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    app = new AppPage(browser.page);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.byTestId('load-example').click();
    await app.byTestId('home-open-table').waitFor();
    await seedEstates(browser.page, 10_000);
    await browser.page.reload();
    await app.byTestId('home-page').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders only a window of rows, with totals of all rows shown', async () => {
    await app.navigate('estates');
    await app.expectText(app.byTestId('estate-shown'), '显示 10000 / 10000 个小区');
    const rendered = await browser.page.locator('.ant-table-tbody-virtual .ant-table-row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    // Σ(i % 500 + 10) over 0..9999 = 20 × (0+…+499) + 10 × 10000.
    await app.expectText(app.byTestId('estate-total-households'), String(20 * ((499 * 500) / 2) + 100_000));
  });

  it('filters by text and by facets, and totals follow', async () => {
    await app.byTestId('estate-search').locator('input').fill('万科');
    await app.expectText(app.byTestId('estate-shown'), '显示 1000 / 10000 个小区');
    await app.choose('estate-filter-class', '一类');
    // i % 10 === 0 and i % 4 === 1 never meet: every 万科 estate has an even index.
    await app.expectText(app.byTestId('estate-shown'), '显示 0 / 10000 个小区');
    await app.byTestId('estate-search').locator('input').fill('');
    await app.expectText(app.byTestId('estate-shown'), '显示 2500 / 10000 个小区');
  });

  it('sorts by households like Excel, largest first on the second click', async () => {
    const households = app.page.locator('.ant-table-thead th').filter({ hasText: /^户数$/ });
    const firstRowHouseholds = async () =>
      (await browser.page.locator('.ant-table-tbody-virtual .ant-table-row').first().locator('.ant-table-cell').nth(6).innerText()).trim();
    await households.click();
    await expect.poll(firstRowHouseholds).toBe('11');
    await households.click();
    // Still filtered to class I (index ≡ 1 mod 4): the largest i % 500 among them is 497.
    await expect.poll(firstRowHouseholds).toBe('507');
  });
});
