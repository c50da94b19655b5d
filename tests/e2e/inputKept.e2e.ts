import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { FaultsPage } from './pages/FaultsPage';
import { launchApp, type AppBrowser } from './support/browser';

/**
 * What the clerk typed is kept or refused, never changed without a word: a pasted 10,000-character
 * name stays whole in the field and the save says its limit; a mistyped 户数 is refused with its
 * bound instead of stored rounded.
 */
describe('input kept or refused', () => {
  let browser: AppBrowser;
  let app: AppPage;
  let faults: FaultsPage;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    app = new AppPage(browser.page);
    faults = new FaultsPage(browser.page);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.addCommunity({ name: '太平社区' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps a pasted 10,000-character name whole and refuses it with the limit', async () => {
    await app.navigate('estates');
    await app.byTestId('estate-add').click();
    await app.byTestId('estate-form').waitFor();
    await faults.paste('estate-name', '锦'.repeat(10_000));
    expect((await faults.valueOf('estate-name')).length).toBe(10_000);
    await app.choose('estate-communityId', '太平社区');
    await app.byTestId('estate-households').fill('99999999999999999999');
    await app.byTestId('estate-save').click();
    await app.expectText(faults.fieldError('estate-name'), '不能超过 100 个字');
    await app.expectText(faults.fieldError('estate-households'), '不能大于 9999999，请检查是否多打了数字');
    expect((await faults.valueOf('estate-name')).length).toBe(10_000);
    expect(await faults.valueOf('estate-households')).toBe('99999999999999999999');
    await app.cancelEstateForm();
    expect(await app.byTestId('estate-row-' + '锦'.repeat(100)).count()).toBe(0);
  });
});

describe('a browser without IndexedDB', () => {
  let browser: AppBrowser | undefined;
  afterEach(async () => {
    await browser?.close();
  });

  it('says in one Chinese sentence what to do, with no library text and no Internet link', async () => {
    browser = await launchApp(inject('appUrl'), undefined, { initScript: 'Object.defineProperty(window, "indexedDB", { get: () => undefined });' });
    const faults = new FaultsPage(browser.page);
    await faults.startFailure().waitFor();
    const text = await faults.startFailure().innerText();
    expect(text).toContain('无法使用本机的数据存储');
    expect(text).not.toMatch(/https?:|IndexedDB|Dexie|Error/);
  });
});
