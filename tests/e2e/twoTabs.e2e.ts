import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppPage } from './pages/AppPage';
import { StaleEditHelper } from './pages/FaultsPage';
import { launchApp, type AppBrowser } from './support/browser';

/**
 * Two edit dialogs of one estate, in two tabs of the same profile (one IndexedDB): the second
 * save does not silently undo the first. It is refused with "这条记录在您打开后已被修改", both
 * versions are shown, and the clerk merges them field by field.
 */
describe('two editors of one record', () => {
  let browser: AppBrowser;
  let first: AppPage;
  let second: AppPage;
  let secondPage: Page;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    first = new AppPage(browser.page);
    await first.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await first.addCommunity({ name: '太平社区' });
    await first.addEstate({ name: '锦绣花园', community: '太平社区', households: '300' });
    secondPage = await browser.newPage();
    await secondPage.goto(browser.page.url());
    second = new AppPage(secondPage);
    await second.navigate('estates');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses the stale save, shows both versions and keeps what the clerk picks of each', async () => {
    const a = new StaleEditHelper(browser.page);
    const b = new StaleEditHelper(secondPage);
    await first.navigate('estates');
    await a.openEstateEdit('锦绣花园');
    await b.openEstateEdit('锦绣花园');

    await second.byTestId('estate-households').fill('320');
    await second.byTestId('estate-save').click();
    await second.byTestId('estate-form').waitFor({ state: 'detached' });

    await first.byTestId('estate-address').fill('桂花路12号（东门）');
    await first.byTestId('estate-save').click();
    await first.expectText(a.refused(), '这条记录在您打开后已被修改');
    expect(await a.versions('households')).toEqual(['320', '300']);
    expect(await a.versions('address')).toEqual(['（空）', '桂花路12号（东门）']);

    await a.choose('theirs', 'households');
    await a.saveChosen();
    await first.byTestId('estate-form').waitFor({ state: 'detached' });
    expect(await first.estateRowText('锦绣花园')).toContain('320');
    // Both changes are in the stored estate, as either tab now opens it.
    await b.openEstateEdit('锦绣花园');
    expect(await secondPage.getByTestId('estate-address').inputValue()).toBe('桂花路12号（东门）');
    expect(await secondPage.getByTestId('estate-households').inputValue()).toBe('320');
    await second.cancelEstateForm();
  });
});
