import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchApp, type AppBrowser } from './support/browser';
import { AppPage } from './pages/AppPage';
import { HistoryPage } from './pages/HistoryPage';

/**
 * Issue 9, items 4 and 5 as a clerk meets them: what is typed comes back as typed, and a change
 * of class asks why, then shows on the estate page with who, when and why.
 */
describe('text as typed and the change history', () => {
  let browser: AppBrowser;
  let app: AppPage;
  let history: HistoryPage;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    app = new AppPage(browser.page);
    history = new HistoryPage(app);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.addCommunity({ name: '新华社区' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps full-width punctuation as it was typed', async () => {
    await app.addEstate({ name: '锦绣花园（东区）', community: '新华社区', estateClass: '一类', company: '万科物业', address: '桂花路12号（东门）：北侧' });
    await history.openEstate('锦绣花园（东区）');
    const facts = await history.facts().innerText();
    expect(facts).toContain('桂花路12号（东门）：北侧');
    await app.expectText(app.byTestId('estate-title'), '锦绣花园（东区）');
  });

  it('asks for a reason before a class change is saved, and shows the change in the history', async () => {
    await history.changeClass('三类');
    expect(await history.reasonError()).toContain('须填写');
    await app.byTestId('estate-reason').fill('区住建委复核（2024年第3批）');
    await app.byTestId('estate-save').click();
    await history.dialogClosed();
    await expect.poll(async () => (await history.rows())[0]).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/), '小区', '小区类别', '一类', '三类', '张敏', '区住建委复核（2024年第3批）',
    ]);
    const rows = await history.rows();
    expect(rows.at(-1)?.slice(1, 3)).toEqual(['小区', '新建']);
  });
});
