import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../../shared/exchange/csvParse';
import { convert, findSoffice } from '../fixtures/exchange/soffice';
import { InspectionPage } from './pages/InspectionPage';
import { launchApp, type AppBrowser } from './support/browser';

/** LibreOffice's CSV export of every sheet, cells as they are shown (dates as 2024-03-15). */
const CSV_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/**
 * Issue 5's journey: a spot check with two problems and a photo, its rectification notice,
 * the deadline passing (a faked clock), a failed and a passed re-check, the printed notice,
 * and an entry left half-typed in a closed window coming back as a draft.
 */
describe('inspection and rectification journey', () => {
  let browser: AppBrowser;
  let app: InspectionPage;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    // The office's calendar says 15 March 2024; time keeps running from there.
    await browser.context.clock.install({ time: new Date('2024-03-15T09:00:00') });
    await browser.page.reload();
    app = new InspectionPage(browser.page);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.addCommunity({ name: '太平社区' });
    await app.addEstate({ name: '万科a区', community: '太平社区', company: '万科物业' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('logs a spot check with two problems and a photo, from the keyboard', async () => {
    // A 2400 × 1800 photo, made by the browser itself, to be shrunk on the way in.
    const photo = Buffer.from(
      await app.page.evaluate(async () => {
        const canvas = new OffscreenCanvas(2400, 1800);
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#8a6';
        context.fillRect(0, 0, 2400, 1800);
        const blob = await canvas.convertToBlob({ type: 'image/jpeg' });
        return [...new Uint8Array(await blob.arrayBuffer())];
      }),
    );
    await app.openLedger();
    await app.startEntry();
    await expect.poll(() => app.byTestId('entry-inspectedOn').inputValue()).toBe('2024-03-15');
    await app.fillSpotCheck({
      estate: '万科',
      kind: '抽查',
      inspectors: '张敏、李强',
      problems: { publicOrder: '东门占道经营', sanitation: '3 栋垃圾未清运' },
      photos: [{ name: '东门.jpg', mimeType: 'image/jpeg', buffer: photo }],
    });
    await app.byTestId('entry-save').click();
    // Saved and closed: the inspection opens, ready for its notice.
    await app.byTestId('inspection-drawer').waitFor();
    await app.expectText(app.byTestId('inspection-result-publicOrder'), '有问题');
    await app.expectText(app.byTestId('inspection-result-sanitation'), '有问题');
    await app.expectText(app.byTestId('inspection-result-security'), '合格');
    await app.byTestId('inspection-drawer').getByTestId('photo-东门.jpg').waitFor();
    const stored = await app.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('street-ledger');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<Array<{ width: number; height: number; blob: Blob; thumbnail: Blob }>>((resolve, reject) => {
        const request = db.transaction('inspectionPhotos').objectStore('inspectionPhotos').getAll();
        request.onsuccess = () => resolve(request.result as Array<{ width: number; height: number; blob: Blob; thumbnail: Blob }>);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return rows.map((r) => ({ width: r.width, height: r.height, type: r.blob.type, thumbnailSmaller: r.thumbnail.size < r.blob.size }));
    });
    expect(stored).toEqual([{ width: 1600, height: 1200, type: 'image/jpeg', thumbnailSmaller: true }]);
  });

  it('issues a numbered notice from the inspection’s problems', async () => {
    await app.byTestId('inspection-issue').click();
    await app.byTestId('issue-form').waitFor();
    expect(await app.byTestId('issue-responsibleParty').inputValue()).toBe('万科物业');
    expect(await app.byTestId('issue-item-text-0').inputValue()).toBe('东门占道经营');
    expect(await app.byTestId('issue-item-text-1').inputValue()).toBe('3 栋垃圾未清运');
    expect(await app.byTestId('issue-deadline').inputValue()).toBe('2024-03-22');
    await app.byTestId('issue-save').click();
    await app.byTestId('notice-drawer').waitFor();
    await app.expectText(app.page.locator('.ant-drawer-title').last(), '整改通知书 〔2024〕第1号');
    expect(await app.noticeStatus()).toBe('待整改');
    await app.closeDrawers();
  });

  it('shows the notice as 逾期 on the home page once its deadline has passed', async () => {
    await app.openHome();
    await app.expectText(app.byTestId('home-overdue-notices').locator('.ant-list-empty-text, .ant-empty-description').first(), '没有逾期的整改通知书');
    await browser.context.clock.setSystemTime(new Date('2024-03-25T09:00:00'));
    await app.page.reload();
    await app.byTestId('home-page').waitFor();
    const row = app.byTestId('overdue-〔2024〕第1号');
    await row.waitFor();
    expect(await row.innerText()).toContain('逾期 3 天');
    expect(await row.innerText()).toContain('太平社区 / 万科a区');
  });

  it('reopens the notice on a failed re-check and closes it on a passed one', async () => {
    await app.byTestId('overdue-〔2024〕第1号').getByText('〔2024〕第1号').click();
    await app.byTestId('notice-drawer').waitFor();
    expect(await app.noticeStatus()).toBe('逾期');
    await app.recheck(false);
    await expect.poll(() => app.noticeStatus()).toBe('复查不合格');
    await app.expectText(app.byTestId('notice-deadline'), '2024-04-01');
    // With a new deadline it is no longer overdue.
    await app.expectText(app.byTestId('home-overdue-count'), '0');
    await app.recheck(true);
    await expect.poll(() => app.noticeStatus()).toBe('复查合格');
    expect(await app.byTestId('notice-recheck').isDisabled()).toBe(true);
    const history = await app.byTestId('notice-history').innerText();
    expect(history).toContain('复查不合格，限 2024-04-01 前重新整改');
    expect(history).toContain('复查合格，办结');
  });

  it('previews the notice on A4 and prints only the sheet', async () => {
    await app.byTestId('notice-print').click();
    const preview = app.byTestId('notice-print-preview');
    await preview.waitFor();
    await app.expectText(preview.getByTestId('notice-sheet-office'), '牌楼街道办事处');
    await app.expectText(preview.getByTestId('notice-sheet-number'), '〔2024〕第1号');
    const text = await preview.innerText();
    expect(text).toContain('万科物业：');
    expect(text).toContain('太平社区万科a区');
    expect(text).toContain('【公共秩序】东门占道经营');
    expect(text).toContain('【环境卫生】3 栋垃圾未清运');
    expect(text).toContain('2024年4月1日前整改完毕');
    expect(await preview.getByTestId('notice-sheet-date').innerText()).toBe('2024年3月15日');

    await app.page.emulateMedia({ media: 'print' });
    const printed = app.byTestId('notice-print-portal');
    expect(await printed.isVisible()).toBe(true);
    expect(await app.page.locator('#root').isVisible()).toBe(false);
    const sheet = await printed.getByTestId('notice-sheet').boundingBox();
    // 210 mm at 96 dpi.
    expect(Math.round(sheet?.width ?? 0)).toBe(794);
    expect(await printed.innerText()).toContain('【环境卫生】3 栋垃圾未清运');
    await app.page.emulateMedia({ media: 'screen' });
    expect(await printed.isVisible()).toBe(false);
    await app.page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    await app.closeDrawers();
  });

  it('exports the rectification ledger, which LibreOffice opens with the values the ledger shows', async () => {
    const soffice = findSoffice();
    if (!soffice) throw new Error('LibreOffice (soffice) is needed to check the export');
    await app.openLedger();
    await app.byTestId('tab-notices').click();
    const row = app.byTestId('notice-row-〔2024〕第1号');
    await row.waitFor();
    const shown = (await row.locator('.ant-table-cell').allInnerTexts()).map((text) => text.trim());
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.byTestId('notice-export').click()]);
    expect(download.suggestedFilename()).toBe('牌楼街道整改台账_2024-03-25.xlsx');
    const dir = mkdtempSync(path.join(tmpdir(), 'notice-ledger-'));
    try {
      const file = path.join(dir, 'ledger.xlsx');
      await download.saveAs(file);
      convert(soffice, [file], CSV_AS_SHOWN, path.join(dir, 'csv'));
      const [csv] = readdirSync(path.join(dir, 'csv'));
      const rows = parseCsv(readFileSync(path.join(dir, 'csv', csv!), 'utf8'), { maxRows: 100, maxColumns: 100 }).rows;
      expect(rows[0]?.[0]).toBe('牌楼街道物业管理整改台账');
      const header = rows[2] ?? [];
      const line = rows[3] ?? [];
      const cell = (name: string) => line[header.indexOf(name)];
      // Number, estate, community, issued, responsible party, deadline, status: as on screen.
      expect([cell('通知书编号'), cell('小区名称'), cell('所属社区'), cell('下发日期'), cell('责任单位'), cell('整改期限'), cell('状态')]).toEqual(shown.slice(0, 7));
      expect(shown.slice(0, 7)).toEqual(['〔2024〕第1号', '万科a区', '太平社区', '2024-03-15', '万科物业', '2024-04-01', '复查合格']);
      expect([cell('原整改期限'), cell('复查日期'), cell('复查结果'), cell('办结日期')]).toEqual(['2024-03-22', '2024-03-25', '合格', '2024-03-25']);
      expect(cell('整改内容')).toBe('1. 公共秩序：东门占道经营\n2. 环境卫生：3 栋垃圾未清运');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('offers back an entry left half-typed in a closed window', async () => {
    await app.openLedger();
    await app.startEntry();
    await app.byTestId('entry-form').waitFor();
    // The last entry's estate and inspectors are remembered.
    await app.expectText(app.byTestId('entry-estateId').locator('.ant-select-content, .ant-select-selection-item').first(), '万科a区（太平社区）');
    expect(await app.byTestId('entry-inspectors').inputValue()).toBe('张敏、李强');
    await app.result('greening', '有问题').click();
    await app.byTestId('entry-note-greening').fill('南区草坪枯死');
    await expect.poll(async () => app.byTestId('entry-draft-status').innerText()).toContain('草稿已自动保存');
    await app.page.close();

    const page = await browser.newPage();
    await page.goto(inject('appUrl'));
    app = new InspectionPage(page);
    await app.openLedger();
    await app.startEntry();
    await app.byTestId('entry-draft-offer').waitFor();
    await app.byTestId('entry-draft-restore').click();
    await app.byTestId('entry-form').waitFor();
    expect(await app.byTestId('entry-note-greening').inputValue()).toBe('南区草坪枯死');
    expect(await app.byTestId('entry-result-greening').locator('.ant-radio-button-wrapper-checked').innerText()).toBe('有问题');
  });

  it('judges an acceptance survey by the threshold set in 设置, and shows it on the estate', async () => {
    await app.page.keyboard.press('Escape');
    await app.byTestId('nav-settings').click();
    await app.byTestId('settings-page').waitFor();
    expect(await app.byTestId('settings-acceptanceThreshold').inputValue()).toBe('85');
    await app.byTestId('settings-acceptanceThreshold').fill('80');
    await app.byTestId('settings-noticeNumberPattern').fill('牌楼整改〔{year}〕{n}号');
    await app.byTestId('settings-submit').click();
    await app.page.locator('.ant-message-success').first().waitFor();

    await app.openLedger();
    await app.byTestId('survey-add').click();
    await app.byTestId('survey-form').waitFor();
    await app.typeAndPick('survey-estateId', '万科');
    await app.byTestId('survey-surveyed').fill('100');
    await app.byTestId('survey-satisfied').fill('82');
    await app.expectText(app.byTestId('survey-preview'), '82.0% · 通过验收');
    await app.byTestId('survey-save').click();
    await app.byTestId('survey-form').waitFor({ state: 'detached' });

    await app.byTestId('nav-estates').click();
    await app.byTestId('estate-open-万科a区').click();
    await app.expectText(app.byTestId('estate-acceptance'), '通过验收 82.0%');
    const timeline = await app.byTestId('estate-timeline').innerText();
    expect(timeline).toContain('满意度测评 82.0%（82/100 户），通过验收');
    expect(timeline).toContain('下发整改通知书 〔2024〕第1号');
  });
});
