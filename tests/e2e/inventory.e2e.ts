import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchApp, type AppBrowser } from './support/browser';
import { AppPage } from './pages/AppPage';

/**
 * The weekly job of issue 2: first run, the plan-5 example, a community with three estates,
 * the class table following along, everything still there after a reload, and bad entries
 * refused in Chinese with nothing saved.
 */
describe('estate inventory journey', () => {
  let browser: AppBrowser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    app = new AppPage(browser.page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('asks for the street office on first run and names it on the home page', async () => {
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.expectText(app.byTestId('home-title'), '牌楼街道物业管理台账');
    await app.byTestId('home-empty').waitFor();
  });

  it("loads plan 5's street and shows what does not add up", async () => {
    await app.byTestId('load-example').click();
    await app.byTestId('home-open-table').click();
    await app.byTestId('class-table').waitFor();
    const dahegou = app.classCell('大河沟社区', 'planned.total');
    expect(await dahegou.getAttribute('data-finding')).toBe('planClassesDoNotAddUp');
    expect(await dahegou.getAttribute('aria-label')).toBe('规划分类不平：3+3+4 = 10，与规划总数 20 不符');
    // No other community's plan contradicts itself.
    expect(await app.page.locator('[data-finding~="planClassesDoNotAddUp"]').count()).toBe(2);
    const streetPlanned = app.classCell('total', 'planned.total');
    await app.expectText(streetPlanned, '176');
    expect(await streetPlanned.getAttribute('aria-label')).toBe('规划分类不平：21+55+90 = 166，与规划总数 176 不符');
    await app.expectText(app.classCell('total', 'other').nth(1), '21');
  });

  it('adds a community and three estates and the table follows', async () => {
    await app.addCommunity({ name: '新华社区', planned: { total: '3', class1: '1', class2: '1', class3: '1' } });
    await app.addEstate({ name: '锦绣花园', community: '新华社区', estateClass: '一类', mode: '市场化物业服务', company: '万科物业', buildings: '12', households: '1,203' });
    await app.addEstate({ name: '机关宿舍', community: '新华社区', estateClass: '二类', mode: '单位自管', buildings: '3', households: '60' });
    await app.addEstate({ name: '老街小区', community: '新华社区', estateClass: '三类', mode: '失管/弃管', households: '４５' });
    await app.expectText(app.byTestId('estate-total-households'), '1308');
    await app.navigate('classTable');
    for (const [cell, value] of [['inventory.class1', '1'], ['inventory.class2', '1'], ['inventory.class3', '1'], ['inventory.total', '3']] as const) {
      await app.expectText(app.classCell('新华社区', cell), value);
      expect(await app.classCell('新华社区', cell).getAttribute('data-finding')).toBeNull();
    }
    await app.expectText(app.classCell('total', 'inventory.total'), '3');
  });

  it('refuses negative households and a duplicate name in Chinese, saving nothing', async () => {
    await app.submitEstate({ name: '新建小区', community: '新华社区', households: '-5' });
    expect(await app.refusal()).toContain('户数：不能为负数');
    await app.cancelEstateForm();
    await app.submitEstate({ name: ' 锦绣花园　', community: '新华社区', households: '10' });
    await expect.poll(async () => (await app.page.locator('.save-refused').allInnerTexts()).join('\n')).toContain('已有名为“锦绣花园”的记录');
    await app.cancelEstateForm();
    expect(await app.shownEstates()).toBe('显示 3 / 3 个小区');
  });

  it('edits an estate starting from what is stored', async () => {
    await app.navigate('estates');
    await app.byTestId('estate-edit-机关宿舍').click();
    await app.byTestId('estate-form').waitFor();
    expect(await app.byTestId('estate-households').inputValue()).toBe('60');
    await app.byTestId('estate-households').fill('66');
    await app.byTestId('estate-save').click();
    await app.byTestId('estate-form').waitFor({ state: 'detached' });
    await app.expectText(app.byTestId('estate-total-households'), '1314');
    await app.byTestId('estate-edit-机关宿舍').click();
    expect(await app.byTestId('estate-households').inputValue()).toBe('66');
    await app.cancelEstateForm();
  });

  it('opens an estate from the table with its facts', async () => {
    await app.navigate('estates');
    await app.byTestId('estate-open-锦绣花园').click();
    await app.expectText(app.byTestId('estate-title'), '锦绣花园');
    const facts = await app.byTestId('estate-facts').innerText();
    expect(facts).toContain('新华社区');
    expect(facts).toContain('一类');
    expect(facts).toContain('1203');
    await app.byTestId('estate-back').click();
    await app.byTestId('estates-page').waitFor();
  });

  it('refuses to delete a community that still has estates', async () => {
    await app.navigate('communities');
    await app.byTestId('community-delete-新华社区').click();
    await app.page.locator('.ant-popconfirm .ant-btn-primary').click();
    await app.expectText(app.page.locator('.delete-refused').first(), '“新华社区”下还有 3 个小区，不能删除。请先删除或移走这些小区。');
    await app.byTestId('community-row-新华社区').waitFor();
  });

  it('finds everything still there after a reload', async () => {
    await app.page.reload();
    // The hash route survives the reload: the user is back on the page they left.
    await app.byTestId('communities-page').waitFor();
    await app.expectText(app.byTestId('app-street-name'), '牌楼街道');
    await app.navigate('estates');
    await app.expectText(app.byTestId('estate-shown'), '显示 3 / 3 个小区');
    await app.navigate('classTable');
    await app.expectText(app.classCell('新华社区', 'inventory.total'), '3');
    await app.expectText(app.classCell('total', 'planned.total'), '179');
  });

  it('switches to English in 设置 and back', async () => {
    await app.navigate('settings');
    await app.choose('settings-locale', 'English');
    await app.byTestId('settings-submit').click();
    await app.expectText(app.byTestId('nav-estates'), 'Estates');
    await app.navigate('classTable');
    await app.expectText(app.byTestId('class-row-total').locator('td').first(), 'Street total');
    await app.navigate('settings');
    await app.choose('settings-locale', '简体中文');
    await app.byTestId('settings-submit').click();
    await app.expectText(app.byTestId('nav-estates'), '小区台账');
  });
});
