import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { ExchangePageHelper } from './pages/ExchangePage';
import { launchApp, type AppBrowser } from './support/browser';
import { ScreenPage } from './pages/ScreenPage';
import { messyEstateReturn, readWorkbook, rectificationLedger, sheetRows } from './support/workbooks';

/**
 * Issue 3's journey: a community's messy return comes in, one column is mapped by hand, the
 * preview says what each row will do, the commit moves the class table, the whole batch is
 * undone, and the district table goes out as a workbook.
 */
describe('Excel exchange journey', () => {
  let browser: AppBrowser;
  let app: AppPage;
  let exchange: ExchangePageHelper;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    app = new AppPage(browser.page);
    exchange = new ExchangePageHelper(app);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.byTestId('load-example').click();
    await app.byTestId('home-open-table').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('previews a messy return: header below the title rows, a bad row, a total row', async () => {
    await exchange.open();
    await exchange.importFile('万安社区小区情况.xlsx', messyEstateReturn());
    await app.expectText(app.byTestId('preview-estates-header'), '表头在第 3 行');
    await app.expectText(app.byTestId('preview-estates-counts'), '共读取 6 行：有效 3，错误 1，跳过 2');
    await app.byTestId('preview-estates-tab-invalid').click();
    const problems = await app.byTestId('preview-estates-problems').innerText();
    expect(problems).toContain('7');
    expect(problems).toContain('D（小区类别）');
    expect(problems).toContain('无法识别的小区类别“四类”');
    // A real estate return: no doubt about what it is, and the preview passes the audit.
    expect(await app.byTestId('preview-estates-low-match').count()).toBe(0);
    expect(await new ScreenPage(browser.page).accessibilityProblems()).toEqual([]);
  });

  it('lets the user map the column it could not guess', async () => {
    await exchange.chooseColumn('estates', 'company', 'E 服务单位');
    await app.byTestId('import-preview').waitFor();
    await app.expectText(app.byTestId('preview-estates-counts'), '共读取 6 行：有效 3，错误 1，跳过 2');
    const added = await app.byTestId('preview-estates-added').innerText();
    expect(added).toContain('万安社区 / 万安花园');
    expect(await app.byTestId('preview-estates-mapping').innerText()).toContain('已手动指定');
  });

  it('commits in one go and the class table follows', async () => {
    await exchange.commit();
    await app.navigate('classTable');
    await app.expectText(app.classCell('万安社区', 'inventory.class1'), '1');
    await app.expectText(app.classCell('万安社区', 'inventory.class2'), '1');
    await app.expectText(app.classCell('万安社区', 'inventory.total'), '3');
    await app.navigate('estates');
    await app.byTestId('estate-search').locator('input').fill('供电');
    await app.expectText(app.byTestId('estate-shown'), '显示 1 / 3 个小区');
  });

  it('remembers the corrected mapping for the same layout', async () => {
    await exchange.open();
    await exchange.importFile('万安社区小区情况-第二次.xlsx', messyEstateReturn());
    expect(await app.byTestId('preview-estates-mapping').innerText()).toContain('已手动指定');
    await app.expectText(app.byTestId('preview-estates-counts'), '共读取 6 行：有效 3，错误 1，跳过 2');
    await app.byTestId('import-cancel').click();
  });

  it('reads a rectification ledger as notices, never as estates', async () => {
    await exchange.importFile('整改台账.xlsx', rectificationLedger());
    const counts = app.byTestId('preview-notices-counts');
    await counts.waitFor();
    expect(await counts.innerText()).toContain('共读取 2 行');
    expect(await app.byTestId('preview-estates-counts').count()).toBe(0);
    await app.byTestId('import-cancel').click();
  });

  it('warns that a ledger without the columns of notices is hardly an estate list, and names what it looks like', async () => {
    await exchange.importFile('整改情况.xlsx', rectificationLedger(false));
    const warning = app.byTestId('preview-estates-low-match');
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/只匹配 \d+%/);
    expect(await app.byTestId('preview-estates-could-be').innerText()).toContain('整改台账');
    expect(await new ScreenPage(browser.page).accessibilityProblems()).toEqual([]);
    await app.byTestId('import-cancel').click();
  });

  it('undoes the whole batch', async () => {
    await app.byTestId('batch-undo-万安社区小区情况.xlsx').click();
    await app.page.locator('.ant-popconfirm .ant-btn-primary').click();
    await app.navigate('classTable');
    await app.expectText(app.classCell('万安社区', 'inventory.total'), '0');
  });

  it('refuses random bytes dressed as a workbook with one Chinese sentence, changing nothing', async () => {
    await exchange.open();
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251));
    await exchange.importFile('损坏的文件.xlsx', garbage);
    const error = (await app.byTestId('import-error').innerText()).trim();
    expect(error).toMatch(/^“损坏的文件\.xlsx”无法导入：[\u4e00-\u9fff]/);
    expect(error).not.toMatch(/Error|undefined|at /);
    await app.navigate('classTable');
    await app.expectText(app.classCell('万安社区', 'inventory.total'), '0');
  });

  it('exports the district table as a real workbook', async () => {
    await exchange.open();
    const { name, bytes } = await exchange.download('export-district');
    expect(name).toMatch(/^牌楼街道-小区分类统计表-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = sheetRows(readWorkbook(bytes));
    expect(String(rows[0]?.[0])).toContain('牌楼街道');
    const dahegou = rows.find((r) => r[0] === '大河沟社区' || r[1] === '大河沟社区');
    expect(dahegou).toBeDefined();
    expect(rows.some((r) => r.some((cell) => typeof cell === 'string' && cell.includes('3+3+4 = 10')))).toBe(true);
  });
});
