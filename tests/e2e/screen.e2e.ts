import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NAV_PAGES, type NavPage } from '../../renderer/app/useHashRoute';
import { PLAN5_COMMUNITIES } from '../../shared/estates/examplePlan5';
import type { Locale } from '../../shared/i18n/locale';
import { AppPage } from './pages/AppPage';
import { ScreenPage } from './pages/ScreenPage';
import { SearchPage } from './pages/SearchPage';
import { launchApp, type AppBrowser } from './support/browser';
import { seedEstates } from './support/seed';

/**
 * Issue 16: the office PC's screen (1366×768). Every page opens without cutting anything off,
 * passes an accessibility audit, speaks one language, and the estate table works from the
 * keyboard alone. Each page's picture goes to test-output/screens for a person to look at.
 */

const SCREEN = { width: 1366, height: 768 };
const STREET = '牌楼街道';

/** What the clerk typed or imported: shown as typed, in whatever language it was typed. */
const USER_DATA: readonly RegExp[] = [
  /测试小区\d+/,
  /测试路\d+号/,
  /万科物业|本地物业/,
  new RegExp(STREET),
  /南岸区|张敏/,
  /键盘社区/,
  // The notice number pattern of 设置 and its example, as the office writes them.
  /〔\{year\}〕第\{n\}号|〔\d{4}〕第(\d+|N)号/,
  // The complaint number pattern likewise.
  /投〔\{year\}〕\{n\}号|投〔\d{4}〕(\d+|N)号/,
  ...PLAN5_COMMUNITIES.map((c) => new RegExp(c.name)),
];

/** The root of each menu page, to know it has drawn. */
const ROOT: Readonly<Record<NavPage, string>> = {
  home: 'home-page',
  dashboard: 'dashboard-page',
  communities: 'communities-page',
  estates: 'estates-page',
  classTable: 'class-table-page',
  companies: 'companies-page',
  exchange: 'exchange-page',
  committees: 'committees-page',
  inspections: 'inspections-page',
  campaigns: 'campaigns-page',
  complaints: 'complaints-page',
  backups: 'backups-page',
  settings: 'settings-page',
};

describe("the clerk's screen at 1366×768", () => {
  let browser: AppBrowser;
  let app: AppPage;
  let screen: ScreenPage;
  let search: SearchPage;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'), SCREEN);
    app = new AppPage(browser.page);
    screen = new ScreenPage(browser.page);
    search = new SearchPage(browser.page);
    await app.completeFirstRun(STREET, '南岸区', '张敏');
    await app.byTestId('load-example').click();
    await app.byTestId('home-open-table').waitFor();
    await seedEstates(browser.page, 300);
    await browser.page.reload();
    await app.byTestId('home-page').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens each page (and each ledger tab), checks it and keeps its picture. */
  async function walk(locale: Locale): Promise<void> {
    const problems: string[] = [];
    const check = async (name: string) => {
      await screen.screenshot(`${locale}/${name}`);
      for (const cut of await screen.cutOff()) problems.push(`${name} cut off: ${cut}`);
      for (const finding of await screen.accessibilityProblems()) problems.push(`${name} ${finding.impact} ${finding.id} (${finding.help}): ${finding.targets.join(', ')}`);
      for (const word of await screen.strayWords(locale, USER_DATA)) problems.push(`${name} not in ${locale}: ${word}`);
    };
    for (const page of NAV_PAGES) {
      await app.navigate(page);
      await app.byTestId(ROOT[page]).waitFor();
      if (page === 'estates') await app.byTestId('estate-open-测试小区00000').waitFor();
      await check(page);
      if (page === 'inspections') {
        for (const tab of ['notices', 'surveys']) {
          await app.byTestId(`tab-${tab}`).click();
          await check(`inspections-${tab}`);
        }
      }
    }
    await app.navigate('estates');
    await app.byTestId('estate-open-测试小区00001').click();
    await app.byTestId('estate-page').waitFor();
    await check('estate');
    expect(problems).toEqual([]);
  }

  it('opens every page in Chinese without cutting anything off, passing the audit', async () => {
    await walk('zh-CN');
  });

  it('finds an estate from any page with Ctrl+K, by its pinyin initials, and opens it with Enter', async () => {
    await app.navigate('classTable');
    expect(await search.focusByShortcut()).toBe(true);
    await search.type('csxq00007');
    await search.hit('estate', '测试小区00007').waitFor();
    await screen.screenshot('zh-CN/search-box');
    await search.openActive();
    await app.byTestId('estate-page').waitFor();
    await app.expectText(app.byTestId('estate-page').locator('h3').first(), '测试小区00007');
  });

  it('opens an estate by keyboard alone', async () => {
    await app.navigate('estates');
    await app.byTestId('estate-open-测试小区00000').waitFor();
    await app.byTestId('estate-search').locator('input').focus();
    await browser.page.keyboard.type('测试小区00007');
    await app.expectText(app.byTestId('estate-shown'), '显示 1 / 300 个小区');
    await screen.tabTo('a[data-testid="estate-open-测试小区00007"]');
    expect((await screen.focused()).outline).not.toBe('none');
    await screen.screenshot('zh-CN/estates-keyboard-focus');
    await browser.page.keyboard.press('Enter');
    await app.byTestId('estate-page').waitFor();
    await app.expectText(app.byTestId('estate-page').locator('h3').first(), '测试小区00007');
  });

  it('adds with Alt+N and saves with Ctrl+Enter', async () => {
    await app.navigate('communities');
    await browser.page.keyboard.press('Alt+n');
    await app.byTestId('community-form').waitFor();
    await app.byTestId('community-name').fill('键盘社区');
    await browser.page.keyboard.press('Control+Enter');
    await app.byTestId('community-row-键盘社区').waitFor();
  });

  /** Picks a language in 设置 and saves; the confirmation must come in the language picked. */
  async function switchLanguage(language: string, saved: string, estatesMenu: string): Promise<void> {
    await app.navigate('settings');
    await app.choose('settings-locale', language);
    await app.byTestId('settings-submit').click();
    await browser.page.locator('.ant-message').getByText(saved).waitFor();
    await app.expectText(app.byTestId('nav-estates'), estatesMenu);
  }

  it('switches to English, says so in English, and every page speaks English', async () => {
    await switchLanguage('English', 'Settings saved', 'Estates');
    await walk('en');
  });

  it('switches back to Chinese and says so in Chinese', async () => {
    await switchLanguage('简体中文', '设置已保存', '小区台账');
  });

  it('keeps the estate table usable in 大字模式: name and actions in view, scrolling only the middle', async () => {
    await app.navigate('settings');
    await app.byTestId('settings-largeText').click();
    await app.byTestId('settings-submit').click();
    await app.navigate('estates');
    const name = app.byTestId('estate-open-测试小区00000');
    await name.waitFor();
    await screen.screenshot('zh-CN/estates-large-text');
    const fontSize = await name.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThan(14);
    for (const control of [name, app.byTestId('estate-edit-测试小区00000'), app.byTestId('estate-add')]) {
      const box = await control.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(SCREEN.width);
    }
    // The table scrolls sideways between its sticky name and actions; the page itself does not.
    const cut = await screen.cutOff();
    expect(cut.filter((line) => line.startsWith('page:'))).toEqual([]);
    expect(cut.length).toBeGreaterThan(0);
  });
});
