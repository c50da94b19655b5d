import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { launchApp, type AppBrowser } from './support/browser';
import { seedDamagedTerm } from './support/seed';

/**
 * A page that cannot render (here: a committee term damaged on disk) says so in Chinese and offers
 * a way back, instead of blanking the window; the rest of the app goes on working.
 */
describe('a page that fails to render', () => {
  let browser: AppBrowser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    app = new AppPage(browser.page);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.addCommunity({ name: '太平社区' });
    await app.addEstate({ name: '锦绣花园', community: '太平社区' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a Chinese message with a way back, and the menu still works', async () => {
    const estateId = await seedDamagedTerm(browser.page, '锦绣花园');
    await app.openRoute(`#/estate/${estateId}`);
    await app.expectText(app.pageFailedTitle(), '这一页出错了');
    await app.navigate('communities');
    await app.byTestId('community-row-太平社区').waitFor();
    await app.openRoute(`#/estate/${estateId}`);
    await app.pageFailedHome().click();
    await app.byTestId('home-page').waitFor();
    expect(await app.pageFailedTitle().count()).toBe(0);
  });
});
