import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HTML_XLS_GB2312, noCommunityColumnBytes, sheetPerCommunity } from '../fixtures/exchange/officeLayouts';
import { xlsxBytes } from '../fixtures/exchange/workbooks';
import { AppPage } from './pages/AppPage';
import { ExchangePageHelper } from './pages/ExchangePage';
import { launchApp, type AppBrowser } from './support/browser';

/**
 * Issue 15's journey: a new street office's first lists as offices really send them. A web page
 * saved as .xls (GB2312) and a workbook with one sheet per community go through the import
 * wizard: the mapping is shown, one column is corrected, the communities the lists name are
 * created with them, and the values are in the estate table.
 */
describe('workbooks as offices send them', () => {
  let browser: AppBrowser;
  let app: AppPage;
  let exchange: ExchangePageHelper;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    app = new AppPage(browser.page);
    exchange = new ExchangePageHelper(app);
    await app.completeFirstRun('牌楼街道', '成华区', '张敏');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads a web page saved as .xls and offers the communities it names', async () => {
    await exchange.open();
    await exchange.importFile('小区名单.xls', Buffer.from(HTML_XLS_GB2312()), 'application/vnd.ms-excel');
    await app.expectText(app.byTestId('preview-estates-header'), '表头在第 2 行');
    const mapping = await exchange.mappingText('estates');
    expect(mapping).toContain('A 所属社区');
    expect(mapping).toContain('D 总户数');
    await app.expectText(app.byTestId('preview-estates-counts'), '共读取 3 行：有效 0，错误 3，跳过 0');
    await exchange.createOfferedCommunities();
    await app.expectText(app.byTestId('preview-estates-counts'), '共读取 3 行：有效 3，错误 0，跳过 0');
    await exchange.commit();
    await app.navigate('estates');
    expect(await app.estateRowText('兴园小区')).toContain('1203');
    expect(await app.estateRowText('锦绣家园')).toContain('新村社区');
  });

  it('reads one sheet per community, shows the mapping, takes one corrected column, and commits', async () => {
    await exchange.open();
    await exchange.importFile('各社区小区.xlsx', Buffer.from(xlsxBytes(sheetPerCommunity('服务单位'))));
    expect(await exchange.communitySource('estates')).toContain('天乐社区、新村社区');
    expect(await exchange.ignoredText('estates')).toContain('D（服务单位）');
    // 服务单位 is the property company, which the app could not guess.
    await exchange.chooseColumn('estates', 'company', 'D 服务单位');
    // The preview is analysed again in the worker; wait for the new one.
    await expect.poll(() => exchange.ignoredText('estates'), { timeout: 10_000 }).not.toContain('服务单位');
    await expect.poll(() => exchange.mappingText('estates'), { timeout: 10_000 }).toContain('已手动指定');
    await app.expectText(app.byTestId('preview-estates-counts'), '共读取 3 行：有效 3，错误 0，跳过 0');
    await exchange.commit();
    await app.navigate('estates');
    // The row can be drawn a moment before its company cell is (what is stored is right at once).
    await expect.poll(() => app.estateRowText('梦园小区'), { timeout: 10_000 }).toContain('万家物业');
    const row = await app.estateRowText('梦园小区');
    expect(row).toContain('天乐社区');
    expect(row).toContain('二类');
  });

  it('gives a list without a community column one community for every row', async () => {
    await exchange.open();
    await exchange.importFile('东区小区.xlsx', Buffer.from(noCommunityColumnBytes()));
    await app.expectText(app.byTestId('preview-estates-counts'), '共读取 2 行：有效 0，错误 2，跳过 0');
    await exchange.setCommunity('estates', '新村社区');
    await app.expectText(app.byTestId('preview-estates-counts'), '共读取 2 行：有效 2，错误 0，跳过 0');
    await exchange.commit();
    await app.navigate('estates');
    // 兴园小区 and 梦园小区 of 新村社区 join those of 天乐社区: the same names in another community are other estates.
    await app.expectText(app.byTestId('estate-shown'), '显示 5 / 5 个小区');
  });
});
