import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../../shared/exchange/csvParse';
import { convert, findSoffice } from '../fixtures/exchange/soffice';
import { CompaniesPage } from './pages/CompaniesPage';
import { ExchangePageHelper } from './pages/ExchangePage';
import { launchApp, type AppBrowser } from './support/browser';

/** LibreOffice's CSV export of every sheet, cells as they are shown. */
const CSV_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** An estate list as a community sends it: the same company under two names. */
function estateList(): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([
    ['所属社区', '小区名称', '小区类别', '物业服务企业', '户数'],
    ['太平社区', '锦绣花园', '一类', '锦江物业', 320],
    ['太平社区', '桂花苑', '一类', '锦江物业服务有限公司', 210],
    ['太平社区', '万科城', '一类', '万科物业', 800],
  ]), '小区');
  return Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

/**
 * Issue 12's journey: estates imported with company names → the duplicate merged → a notice
 * goes overdue and is escalated → the company page shows the events and the score → the annual
 * credit summary exported and opened by LibreOffice.
 */
describe('property companies and their credit file', () => {
  let browser: AppBrowser;
  let app: CompaniesPage;
  let exchange: ExchangePageHelper;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    await browser.context.clock.install({ time: new Date('2024-03-15T09:00:00') });
    await browser.page.reload();
    app = new CompaniesPage(browser.page);
    exchange = new ExchangePageHelper(app);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.addCommunity({ name: '太平社区' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports an estate list and registers the companies it names, as offered in the preview', async () => {
    await exchange.open();
    await exchange.importFile('太平社区小区.xlsx', estateList());
    await app.expectText(app.byTestId('import-unknown-companies').locator('.ant-alert-title, .ant-alert-message').first(), '3 家企业不在企业名录中：锦江物业、锦江物业服务有限公司、万科物业');
    await app.byTestId('import-create-companies').click();
    await app.byTestId('import-new-companies').waitFor();
    await exchange.commit();
  });

  it('proposes the two 锦江 names as one company, and merging keeps the full name with the short one', async () => {
    await app.openRegister();
    await app.duplicate('锦江物业服务有限公司').waitFor();
    expect(await app.duplicate('锦江物业服务有限公司').innerText()).toContain('“锦江物业服务有限公司”与“锦江物业”');
    await app.mergeInto('锦江物业服务有限公司', '锦江物业');
    await app.byTestId('company-duplicates').waitFor({ state: 'detached' });
    const row = await app.row('锦江物业服务有限公司').locator('td').allInnerTexts();
    expect(row.slice(0, 4).map((t) => t.trim())).toEqual(['锦江物业服务有限公司', '锦江物业', '', '2']);
    expect(await app.row('锦江物业').count()).toBe(0);
  });

  it('turns an overdue, escalated notice into the company’s credit events and score', async () => {
    await app.openLedger();
    await app.startEntry();
    await app.fillSpotCheck({ estate: '锦绣花园', kind: '抽查', inspectors: '张敏', problems: { sanitation: '垃圾未清运' } });
    await app.byTestId('entry-save').click();
    await app.byTestId('inspection-drawer').waitFor();
    await app.byTestId('inspection-issue').click();
    await app.byTestId('issue-form').waitFor();
    await app.byTestId('issue-save').click();
    await app.byTestId('notice-drawer').waitFor();
    await app.closeDrawers();

    // A week after the deadline of 22 March the notice is overdue; the office holds a talk.
    await browser.context.clock.setSystemTime(new Date('2024-03-29T09:00:00'));
    await app.page.reload();
    await app.openHome();
    await app.byTestId('overdue-〔2024〕第1号').getByText('〔2024〕第1号').click();
    await app.byTestId('notice-drawer').waitFor();
    await app.escalate('约谈');
    await app.closeDrawers();

    await app.openRegister();
    await app.expectText(app.byTestId('company-score-锦江物业服务有限公司'), '90');
    await app.openCompany('锦江物业服务有限公司');
    expect(await app.creditLines()).toEqual([
      ['2024-03-23', '整改逾期', '锦绣花园 整改通知书〔2024〕第1号', '-5'],
      ['2024-03-29', '督办', '锦绣花园 整改通知书〔2024〕第1号（约谈）', '-5'],
    ]);
    await app.expectText(app.byTestId('company-score'), '90');
    await app.expectText(app.byTestId('company-grade'), 'A 级');
    await app.byTestId('company-estate-桂花苑').waitFor();
    await app.byTestId('company-notice-〔2024〕第1号').waitFor();
  });

  it('exports the annual credit summary, which LibreOffice opens with the figures the page shows', async () => {
    const soffice = findSoffice();
    if (!soffice) throw new Error('LibreOffice (soffice) is needed to check the export');
    await app.openRegister();
    const file = await exchange.download('companies-export-summary');
    expect(file.name).toBe('牌楼街道物业服务企业2024年度信用汇总表.xlsx');
    const dir = mkdtempSync(path.join(tmpdir(), 'credit-summary-'));
    try {
      const xlsx = path.join(dir, 'summary.xlsx');
      writeFileSync(xlsx, file.bytes);
      convert(soffice, [xlsx], CSV_AS_SHOWN, path.join(dir, 'csv'));
      const [csv] = readdirSync(path.join(dir, 'csv'));
      const rows = parseCsv(readFileSync(path.join(dir, 'csv', csv!), 'utf8'), { maxRows: 100, maxColumns: 100 }).rows;
      expect(rows[0]?.[0]).toBe('牌楼街道物业服务企业2024年度信用汇总表');
      const header = rows[2] ?? [];
      const line = rows.find((r) => r[1] === '锦江物业服务有限公司') ?? [];
      const cell = (name: string) => line[header.indexOf(name)];
      expect([cell('服务小区数'), cell('整改通知书'), cell('逾期'), cell('督办'), cell('加减分'), cell('得分'), cell('信用等级')]).toEqual(['2', '1', '1', '1', '-10', '90', 'A']);
      const wanke = rows.find((r) => r[1] === '万科物业') ?? [];
      expect(wanke[header.indexOf('得分')]).toBe('100');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
