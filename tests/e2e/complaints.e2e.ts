import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../../shared/exchange/csvParse';
import { convert, findSoffice } from '../fixtures/exchange/soffice';
import { ComplaintPage } from './pages/ComplaintPage';
import { launchApp, type AppBrowser } from './support/browser';

/** LibreOffice's CSV export of every sheet, cells as they are shown (dates as 2024-03-15). */
const CSV_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
const NUMBER = '投〔2024〕1号';

/**
 * Issue 11's journey: a 12345 call recorded → accepted → assigned → a mediation session → an
 * inspection made from it (and its notice citing the complaint) → the hotline's deadline passing
 * under a faked clock, shown on the home page → reply → callback not satisfied → reopened →
 * replied again → concluded; the ledger, complainants masked, exported and opened by LibreOffice.
 */
describe('complaint journey', () => {
  let browser: AppBrowser;
  let app: ComplaintPage;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    await browser.context.clock.install({ time: new Date('2024-03-01T09:00:00') });
    await browser.page.reload();
    app = new ComplaintPage(browser.page);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.addCommunity({ name: '太平社区' });
    await app.addEstate({ name: '万科a区', community: '太平社区', company: '万科物业' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('records a 12345 call against the estate’s property company, numbered and masked in the ledger', async () => {
    await app.openComplaints();
    await app.recordComplaint({
      channel: '12345 热线', workOrderNumber: 'GD2024030100001', hotlineDeadline: '2024-03-08', name: '王小明', phone: '13800000001',
      estate: '太平社区 / 万科a区', category: '环境卫生', content: '3栋门口垃圾三天未清运',
    });
    // Saved: the complaint opens, waiting to be accepted.
    await app.drawer().waitFor();
    await app.expectText(app.page.locator('.ant-drawer-title').last(), `投诉件 ${NUMBER}`);
    expect(await app.complaintStatus()).toBe('待受理');
    expect(await app.drawer().getByTestId('complaint-facts').innerText()).toContain('物业服务企业 万科物业');
    expect(await app.byTestId('complaint-phone').innerText()).toBe('138****0001');
    await app.closeAllDrawers();
    const row = await app.ledgerRow(NUMBER).innerText();
    expect(row).toContain('王*明');
    expect(row).toContain('138****0001');
    expect(row).not.toContain('13800000001');
    await app.byTestId('complaints-show-personal').click();
    await expect.poll(() => app.ledgerRow(NUMBER).innerText()).toContain('13800000001');
    await app.byTestId('complaints-show-personal').click();
    await expect.poll(() => app.ledgerRow(NUMBER).innerText()).not.toContain('13800000001');
  });

  it('accepts, assigns and mediates it, each step with who and when', async () => {
    await app.byTestId(`complaint-open-${NUMBER}`).click();
    await app.drawer().waitFor();
    await app.takeStep({ step: 'accepted' });
    await expect.poll(() => app.complaintStatus()).toBe('已受理');
    await app.takeStep({ step: 'assigned', assignee: '李强' });
    await app.takeStep({ step: 'mediated', parties: '王小明、万科物业项目经理', agreed: '物业当日清运并增加一次清运' });
    await expect.poll(() => app.complaintStatus()).toBe('办理中');
    const course = await app.byTestId('complaint-course').innerText();
    expect(course).toContain('2024-03-01 已受理');
    expect(course).toContain('交办 太平社区 李强');
    expect(course).toContain('参加：王小明、万科物业项目经理；达成：物业当日清运并增加一次清运');
    expect(course).toContain('张敏 · 2024-03-01');
  });

  it('makes an inspection from it, and the notice issued from that inspection cites the complaint', async () => {
    await app.drawer().getByTestId('complaint-inspect').click();
    await app.byTestId('inspection-drawer').waitFor();
    await app.expectText(app.byTestId('inspection-result-sanitation'), '有问题');
    await app.issueNoticeFromInspection('2024-03-05');
    await app.expectText(app.byTestId('notice-drawer').getByTestId('complaint-citation'), `依据投诉件 ${NUMBER}`);
    await app.closeAllDrawers();
    await app.byTestId(`complaint-open-${NUMBER}`).click();
    await app.drawer().waitFor();
    await app.drawer().getByTestId('complaint-notice-〔2024〕第1号').waitFor();
    await app.closeAllDrawers();
  });

  it('shows it overdue on the home page once the hotline’s deadline has passed', async () => {
    await app.openHome();
    await app.homeComplaint(NUMBER).waitFor();
    expect(await app.homeComplaint(NUMBER).innerText()).toContain('办结即将到期');
    await browser.context.clock.setSystemTime(new Date('2024-03-12T09:00:00'));
    await app.page.reload();
    await app.byTestId('home-page').waitFor();
    await expect.poll(() => app.homeComplaint(NUMBER).innerText()).toContain('逾期 4 天');
    expect(await app.homeComplaint(NUMBER).innerText()).toContain('办结逾期');
    expect(await app.homeComplaint(NUMBER).innerText()).not.toContain('王小明');
    await app.expectText(app.byTestId('home-complaints-overdue'), '1');
  });

  it('is replied to, called back not satisfied, reopened, replied again and concluded', async () => {
    await app.homeComplaint(NUMBER).getByText(NUMBER).click();
    await app.drawer().waitFor();
    await app.takeStep({ step: 'replied', reply: '已清运，并约定每日清运两次' });
    await app.takeStep({ step: 'visited', satisfaction: 'unsatisfied', note: '第二天又堆满' });
    await expect.poll(() => app.complaintStatus()).toBe('已回访');
    await app.takeStep({ step: 'reopened', reason: '回访不满意' });
    await expect.poll(() => app.complaintStatus()).toBe('办理中');
    await app.takeStep({ step: 'replied', reply: '已增设垃圾桶，物业每日巡查' });
    await app.takeStep({ step: 'visited', satisfaction: 'satisfied' });
    await app.takeStep({ step: 'concluded' });
    await expect.poll(() => app.complaintStatus()).toBe('办结');
    const course = await app.byTestId('complaint-course').innerText();
    expect(course).toContain('回访');
    expect(course).toContain('不满意：第二天又堆满');
    expect(course).toContain('重新办理');
    expect(course).toContain('办结');
    await app.closeAllDrawers();
    await app.expectText(app.byTestId('home-complaints-overdue'), '0');
  });

  it('exports the ledger masked, which LibreOffice opens with the values the ledger shows', async () => {
    const soffice = findSoffice();
    if (!soffice) throw new Error('LibreOffice (soffice) is needed to check the export');
    await app.openComplaints();
    await app.ledgerRow(NUMBER).waitFor();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.byTestId('complaint-export').click()]);
    expect(download.suggestedFilename()).toBe('牌楼街道投诉信访台账2024-03-12.xlsx');
    const dir = mkdtempSync(path.join(tmpdir(), 'complaint-ledger-'));
    try {
      const file = path.join(dir, 'ledger.xlsx');
      await download.saveAs(file);
      convert(soffice, [file], CSV_AS_SHOWN, path.join(dir, 'csv'));
      const [csv] = readdirSync(path.join(dir, 'csv'));
      const text = readFileSync(path.join(dir, 'csv', csv!), 'utf8');
      expect(text).not.toContain('13800000001');
      const rows = parseCsv(text, { maxRows: 100, maxColumns: 100 }).rows;
      expect(rows[0]?.[0]).toBe('牌楼街道投诉信访台账');
      const header = rows[2] ?? [];
      const line = rows[3] ?? [];
      const cell = (name: string) => line[header.indexOf(name)];
      expect([cell('投诉编号'), cell('工单编号'), cell('登记日期'), cell('来源渠道'), cell('投诉人'), cell('联系电话'), cell('小区名称'), cell('被投诉对象'), cell('类别'), cell('状态'), cell('回访结果'), cell('办结日期')]).toEqual([
        NUMBER, 'GD2024030100001', '2024-03-01', '12345 热线', '王*明', '138****0001', '万科a区', '万科物业', '环境卫生', '办结', '满意', '2024-03-12',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('summarises the month: received, concluded, on time and satisfaction', async () => {
    await app.byTestId('complaints-tab-summary').click();
    const total = app.byTestId('complaint-summary-category-__total');
    await total.waitFor();
    const cells = (await total.locator('td').allInnerTexts()).map((t) => t.trim());
    // Received 1, concluded 1, not on time (the hotline's deadline passed), called back 1, satisfied 1.
    expect(cells).toEqual(['合计', '1', '1', '0', '0%', '1', '1', '100%', '0']);
  });
});
