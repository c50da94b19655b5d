import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../../shared/exchange/csvParse';
import { convert, findSoffice } from '../fixtures/exchange/soffice';
import { CampaignPage } from './pages/CampaignPage';
import { launchApp, type AppBrowser } from './support/browser';

/** LibreOffice's CSV export of every sheet, cells as they are shown. */
const CSV_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** Plan 1's companies, each managing one estate; 鑫达物业 will not file. */
const PLAN1_ESTATES = [
  { name: '万家花园', company: '万家物业' },
  { name: '融侨锦江', company: '融侨物业' },
  { name: '阳光城', company: '阳光物业' },
  { name: '鑫达小区', company: '鑫达物业' },
];

/** Plan 4's ten estates to bring under service this year. */
const PLAN4_ESTATES = [
  '金岭农民安置小区', '黄泥塘农民安置小区', '安塑小区', '丽臣小区', '裕民农民安置小区南片',
  '裕民农民安置小区北片', '道坡农民安置小区', '上堆坊农民安置小区', '洋海塘农民安置小区东片', '洋海塘农民安置小区西片',
];

/**
 * Issue 13's journey on 6 September 2026, the day after plan 1's self-inspection forms were due:
 * plan 1 as a campaign with its three phases and the self-inspection return; three companies
 * file, one does not and is shown missing; a 专项检查 tied to the campaign; the progress report
 * exported and opened by LibreOffice; plan 4's ten estates with their funds and one payment.
 */
describe('campaign journey', () => {
  let browser: AppBrowser;
  let app: CampaignPage;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    await browser.context.clock.install({ time: new Date('2026-09-06T09:00:00') });
    await browser.page.reload();
    app = new CampaignPage(browser.page);
    await app.completeFirstRun('融城街道', '福清市', '林学贵');
    await app.addCommunity({ name: '融城社区' });
    for (const estate of PLAN1_ESTATES) await app.addEstate({ ...estate, community: '融城社区' });
    await app.addCommunity({ name: '观沙岭社区' });
    for (const name of PLAN4_ESTATES) await app.addEstate({ name, community: '观沙岭社区' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('enters plan 1 with its three phases; today falls in 自查自纠', async () => {
    await app.createCampaign({
      name: '物业管理规范提升专项行动',
      year: '2026',
      sourceRef: '福清建〔2026〕8号',
      estates: PLAN1_ESTATES.map((e) => e.name),
      phases: [
        { name: '动员部署', startsOn: '2026-08-01', endsOn: '2026-08-10' },
        { name: '自查自纠', startsOn: '2026-08-15', endsOn: '2026-10-05' },
        { name: '整改抽查', startsOn: '2026-10-15', endsOn: '2026-11-15' },
      ],
    });
    await app.phase('动员部署').waitFor();
    expect(await app.byTestId('campaign-phases').innerText()).toContain('2026-08-15 – 2026-10-05 · 当前');
    await app.addTask({ title: '制订物业项目整改提升方案', dueOn: '2026-08-20', lead: '市建设局', responsible: '各物业服务企业、社区' });
    await app.expectText(app.taskRow('制订物业项目整改提升方案').locator('.ant-tag').first(), '逾期');
    expect(await app.taskRow('制订物业项目整改提升方案').innerText()).toContain('逾期 17 天');
  });

  it('collects the self-inspection form: three companies file, the missing one is one click away', async () => {
    await app.addReturn('物业服务企业自查检查表', '2026-09-05', '各物业企业');
    await app.expectText(app.returnCount('物业服务企业自查检查表'), '已报送 0 / 4');
    await app.recordFiling('万家物业', '2026-09-01', { name: '万家物业自查表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 自查表') });
    await app.recordFiling('融侨物业', '2026-09-04');
    await app.recordFiling('阳光物业', '2026-09-06');
    await app.expectText(app.returnCount('物业服务企业自查检查表'), '已报送 3 / 4');
    expect(await app.byTestId('party-row-阳光物业').innerText()).toContain('逾期报送');
    await app.byTestId('party-row-万家物业').getByTestId('file-万家物业自查表.pdf').waitFor();
    await app.showMissing('物业服务企业自查检查表');
    await expect.poll(() => app.partiesListed('物业服务企业自查检查表')).toEqual(['鑫达物业']);
  });

  it('ties a 专项检查 of the missing company’s estate to the campaign', async () => {
    await app.openLedger();
    await app.startEntry();
    await app.fillSpotCheck({ estate: '鑫达小区', kind: '专项检查', inspectors: '林学贵、王丽香', problems: { sanitation: '楼道堆物未清理' } });
    await app.byTestId('entry-save').click();
    await app.byTestId('inspection-drawer').waitFor();
    await app.closeDrawers();
    await app.openList();
    await app.byTestId('campaign-open-物业管理规范提升专项行动').click();
    await app.tieInspection('鑫达小区');
    await app.byTestId('tied-鑫达小区-2026-09-06').waitFor();
    expect(await app.byTestId('tied-鑫达小区-2026-09-06').innerText()).toContain('专项检查');
    // A 专项检查 is not the company's own self-inspection: it is still missing.
    await app.openTab('returns');
    await app.expectText(app.returnCount('物业服务企业自查检查表'), '已报送 3 / 4');
  });

  it('puts the overdue return and task in the home page’s week', async () => {
    await app.openHome();
    await app.byTestId('campaign-deadline-物业服务企业自查检查表').waitFor();
    expect(await app.byTestId('campaign-deadline-物业服务企业自查检查表').innerText()).toContain('1 家未报送');
    expect(await app.byTestId('campaign-deadline-制订物业项目整改提升方案').innerText()).toContain('已逾期');
    await app.openList();
    await app.byTestId('campaign-open-物业管理规范提升专项行动').click();
  });

  it('exports the progress report, which LibreOffice opens with what the page shows', async () => {
    const soffice = findSoffice();
    if (!soffice) throw new Error('LibreOffice (soffice) is needed to check the export');
    const download = await app.exportReport();
    expect(download.suggestedName).toBe('物业管理规范提升专项行动工作进展简报 2026-09-06.xlsx');
    const dir = mkdtempSync(path.join(tmpdir(), 'campaign-report-'));
    try {
      const file = path.join(dir, 'report.xlsx');
      await download.saveAs(file);
      convert(soffice, [file], CSV_AS_SHOWN, path.join(dir, 'csv'));
      const sheets = readdirSync(path.join(dir, 'csv')).sort();
      const read = (suffix: string) => {
        const name = sheets.find((s) => s.includes(suffix));
        if (!name) throw new Error(`no sheet ${suffix} in ${sheets.join(', ')}`);
        return parseCsv(readFileSync(path.join(dir, 'csv', name), 'utf8'), { maxRows: 100, maxColumns: 20 }).rows;
      };
      const summary = read('进展概况');
      expect(summary[0]?.[0]).toBe('物业管理规范提升专项行动工作进展简报');
      expect(summary.find((r) => r[0] === '当前阶段')?.[1]).toBe('自查自纠');
      expect(summary.find((r) => r[0] === '报送事项')?.[1]).toBe('应报 4 份，已报 3 份');
      expect(summary.find((r) => r[0] === '关联检查')?.[1]).toBe('1 次');
      const returns = read('报送情况');
      const header = returns[2] ?? [];
      const line = returns[3] ?? [];
      expect(line[header.indexOf('报送事项')]).toBe('物业服务企业自查检查表');
      expect(line[header.indexOf('报送截止')]).toBe('2026-09-05');
      expect(line[header.indexOf('未报送单位')]).toBe('鑫达物业');
      const tasks = read('任务进展');
      expect(tasks[3]?.[tasks[2]!.indexOf('状态')]).toBe('逾期');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const preview = await app.openPrintPreview();
    expect(await preview.innerText()).toContain('应报 4 份，已报 3 份');
    expect(await app.byTestId('report-print-portal').count()).toBe(1);
    await app.page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
  });

  it('gives plan 4’s ten estates 10万 each, half district and half street, and records one payment', async () => {
    await app.createCampaign({ name: '社区物业化服务', year: '2026', sourceRef: '岳麓区方案', estates: PLAN4_ESTATES, finalNeedsAcceptance: true });
    await app.setFund({
      estates: 'all',
      planned: '10万',
      shares: [
        { source: '区级', amount: '5万', upfront: '2万' },
        { source: '街道', amount: '5万', upfront: '2万' },
      ],
    });
    for (const name of PLAN4_ESTATES) await app.fundRow(name).waitFor();
    await app.expectText(app.byTestId('fund-totals'), '合计：计划 1,000,000.00 元 · 已拨付 0.00 元 · 待拨付 1,000,000.00 元');
    await app.recordPayment('金岭农民安置小区', { source: '区级', stage: '启动经费', paidOn: '2026-03-01', amount: '20000' });
    await app.byTestId('payment-form').waitFor({ state: 'detached' });
    await app.expectText(app.byTestId('fund-totals'), '合计：计划 1,000,000.00 元 · 已拨付 20,000.00 元 · 待拨付 980,000.00 元');
    const row = await app.fundRow('金岭农民安置小区').innerText();
    expect(row).toContain('80,000.00');
    expect(row).toContain('2026-03-01 区级 启动经费 20,000.00');
    // The last payment waits for acceptance: refused in Chinese, nothing written.
    await app.recordPayment('金岭农民安置小区', { source: '区级', stage: '验收后拨付', paidOn: '2026-09-06', amount: '30000' });
    await expect.poll(async () => (await app.page.locator('.save-refused').allInnerTexts()).join('\n')).toContain('尾款须待验收合格后拨付');
    await app.page.locator('.ant-modal-footer button').filter({ hasText: /取\s*消/ }).click();
    await app.expectText(app.byTestId('fund-totals'), '合计：计划 1,000,000.00 元 · 已拨付 20,000.00 元 · 待拨付 980,000.00 元');
  });
});
