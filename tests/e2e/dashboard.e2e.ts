import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { weekOf } from '../../shared/dashboard/periods';
import { addDays, localIsoDate } from '../../shared/inspections/calendar';
import { DASHBOARD_PALETTE } from '../../renderer/dashboard/chartOptions';
import { AppPage } from './pages/AppPage';
import { DashboardPage } from './pages/DashboardPage';
import { ScreenPage } from './pages/ScreenPage';
import { SearchPage } from './pages/SearchPage';
import { launchApp, type AppBrowser } from './support/browser';
import { seedEstates, seedInspections, seedNotices, type SeededInspection, type SeededNotice } from './support/seed';

/**
 * Issue 14's journey: the street head's dashboard (charts drawn, labels in Chinese, the duties
 * with their rules), a click from a bar to the ledger behind it, a chart saved as PNG, and a
 * clerk finding an estate by its pinyin.
 */
const ESTATES = 40;
const [FIRST_SERIES, SECOND_SERIES] = DASHBOARD_PALETTE;

describe('the street at a glance', () => {
  let browser: AppBrowser;
  let app: AppPage;
  let dashboard: DashboardPage;
  let screen: ScreenPage;
  let search: SearchPage;
  const today = localIsoDate(new Date());
  const monday = weekOf(today).from;
  // Two spot checks on this week's Monday (a working day), patrols yesterday in two estates.
  const spotChecks: SeededInspection[] = [
    { estateId: 'seed-0', inspectedOn: monday, kind: 'spotCheck' },
    { estateId: 'seed-1', inspectedOn: monday, kind: 'spotCheck' },
  ];
  const patrols: SeededInspection[] = [
    { estateId: 'seed-2', inspectedOn: addDays(today, -1), kind: 'patrol' },
    { estateId: 'seed-2', inspectedOn: addDays(today, -1), kind: 'patrol' },
    { estateId: 'seed-8', inspectedOn: addDays(today, -1), kind: 'patrol' },
  ];

  // Closed notices: one closed about a hundred days ago, two today; and one still open. The 办结
  // bar of the earlier month counts one, so its ledger must show that one, not every closed notice.
  const notices: SeededNotice[] = [
    { estateId: 'seed-3', issuedOn: addDays(today, -110), deadline: addDays(today, -103), status: 'closed', closedOn: addDays(today, -100) },
    { estateId: 'seed-4', issuedOn: addDays(today, -40), deadline: addDays(today, -33), status: 'closed', closedOn: today },
    { estateId: 'seed-5', issuedOn: addDays(today, -40), deadline: addDays(today, -33), status: 'closed', closedOn: today },
    { estateId: 'seed-6', issuedOn: today, deadline: addDays(today, 7), status: 'pending', closedOn: null },
  ];

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'), { width: 1366, height: 768 });
    app = new AppPage(browser.page);
    dashboard = new DashboardPage(browser.page);
    screen = new ScreenPage(browser.page);
    search = new SearchPage(browser.page);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.byTestId('load-example').click();
    await app.byTestId('home-open-table').waitFor();
    await seedEstates(browser.page, ESTATES);
    await seedInspections(browser.page, [...spotChecks, ...patrols]);
    await seedNotices(browser.page, notices);
    await browser.page.reload();
    await app.byTestId('home-page').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws every chart on canvas with Chinese titles, and the duties with their rules beside them', async () => {
    await app.navigate('dashboard');
    await app.byTestId('dashboard-page').waitFor();
    for (const key of ['classes', 'coverage', 'notices', 'inspections', 'acceptance'] as const) {
      const canvas = await dashboard.drawn(key);
      expect(await canvas.locator('canvas').count()).toBeGreaterThan(0);
      expect(await canvas.getAttribute('aria-label')).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await dashboard.chart('classes').textContent()).toContain('各社区小区分类');
    expect(await dashboard.chart('inspections').textContent()).toContain('检查次数');
    const spot = await dashboard.duty('spotCheck').textContent();
    expect(spot).toContain('每周不少于1个工作日对物业服务项目进行抽查');
    expect(spot).toContain('本周已抽查 1 个工作日');
    expect(spot).toContain('达标');
    const patrol = await dashboard.duty('patrol').textContent();
    expect(patrol).toContain('每天不少于两次在小区内巡逻');
    expect(patrol).toContain('未达标');
    const picture = await screen.screenshot('zh-CN/dashboard');
    expect(readFileSync(picture).subarray(1, 4).toString()).toBe('PNG');
    expect(await screen.cutOff()).toEqual([]);
  });

  it('opens the ledger behind a bar: this week\'s spot checks', async () => {
    await dashboard.clickBar('inspections', SECOND_SERIES);
    await app.byTestId('inspections-page').waitFor();
    await browser.page.waitForFunction(() => window.location.hash.startsWith('#/inspections?'));
    await browser.page.waitForFunction((n) => document.querySelectorAll('[data-testid="inspection-open"]').length === n, spotChecks.length);
    expect(decodeURIComponent(await browser.page.evaluate(() => window.location.hash))).toContain('"kinds":["spotCheck"]');
  });

  it('opens exactly the notices a month\'s 办结 bar counts: those closed in that month', async () => {
    await app.navigate('dashboard');
    await dashboard.clickBar('notices', SECOND_SERIES);
    await app.byTestId('inspections-page').waitFor();
    await browser.page.waitForFunction(() => window.location.hash.includes('closedOn'));
    await app.expectText(app.byTestId('notice-shown'), '显示 1 / 1 份通知书');
    expect(await app.byTestId('notice-ledger').getByTestId(/^notice-open-/).count()).toBe(1);
    await app.byTestId(`notice-open-〔${notices[0]!.issuedOn.slice(0, 4)}〕第9001号`).waitFor();
  });

  it('opens the estates of one community and class from the class chart', async () => {
    await app.navigate('dashboard');
    await dashboard.clickBar('classes', FIRST_SERIES);
    await app.byTestId('estates-page').waitFor();
    const shown = app.byTestId('estate-shown');
    await browser.page.waitForFunction(() => /显示 \d+ \/ \d+ 个小区/.test(document.querySelector('[data-testid="estate-shown"]')?.textContent ?? ''));
    const [count, total] = ((await shown.textContent()) ?? '').match(/\d+/g)!.map(Number);
    expect(total).toBe(ESTATES);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(ESTATES);
  });

  it('saves a chart as a PNG image', async () => {
    await app.navigate('dashboard');
    await dashboard.drawn('classes');
    const download = await dashboard.savePng('classes');
    expect(download.suggestedFilename()).toMatch(/^各社区小区分类.*\.png$/);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(2000);
  });

  it('finds an estate added a moment ago by its pinyin and opens it with Enter', async () => {
    // Among 41 estates the new row may sit below the table's fold: the closed form says it was saved.
    await app.submitEstate({ name: '翠湖小区', community: '太平社区', company: '重庆银行物业' });
    await app.byTestId('estate-form').waitFor({ state: 'detached' });
    expect(await search.focusByShortcut()).toBe(true);
    await search.type('cuihu');
    await search.hit('estate', '翠湖小区').waitFor();
    await search.openActive();
    await app.byTestId('estate-page').waitFor();
    await app.expectText(app.byTestId('estate-page').locator('h3').first(), '翠湖小区');
  });

  it('opens a company found by its pinyin on the company\'s own page', async () => {
    expect(await search.focusByShortcut()).toBe(true);
    await search.type('cqyh');
    await search.hit('company', '重庆银行物业').click();
    await app.byTestId('company-page').waitFor();
    expect(await browser.page.evaluate(() => window.location.hash)).toMatch(/^#\/company\//);
    await app.expectText(app.byTestId('company-title'), '重庆银行物业');
  });

  it('finds an estate by one of its aliases (别名), typed in pinyin initials, and shows them on its page', async () => {
    // The second alias is still in the box when the clerk presses Ctrl+S: it is saved, not dropped.
    await app.submitEstate({ name: '锦城花园', community: '太平社区', aliases: ['东湖苑'], aliasLeftTyped: '锦城二期' });
    await app.byTestId('estate-form').waitFor({ state: 'detached' });
    expect(await search.focusByShortcut()).toBe(true);
    await search.type('dhy');
    await search.hit('estate', '锦城花园').waitFor();
    expect(await search.hit('estate', '锦城花园').textContent()).toContain('东湖苑');
    await search.openActive();
    await app.expectText(app.byTestId('estate-page').locator('h3').first(), '锦城花园');
    await app.expectText(app.byTestId('estate-aliases-shown'), '东湖苑、锦城二期');
  });

  it('filters the estate table by the same matching: initials and the company\'s pinyin', async () => {
    await app.navigate('estates');
    await app.byTestId('estate-search').locator('input').fill('chxq');
    await app.expectText(app.byTestId('estate-shown'), `显示 1 / ${ESTATES + 2} 个小区`);
    await app.byTestId('estate-search').locator('input').fill('chongqingyinhang');
    await app.expectText(app.byTestId('estate-shown'), `显示 1 / ${ESTATES + 2} 个小区`);
    await app.byTestId('estate-search').locator('input').fill('锦城二期');
    await app.expectText(app.byTestId('estate-shown'), `显示 1 / ${ESTATES + 2} 个小区`);
  });
});
