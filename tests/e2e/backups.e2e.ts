import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as XLSX from 'xlsx';
import { launchApp, type AppBrowser, type Page } from './support/browser';
import { ledgerState, seedPhotos, type LedgerState } from './support/ledgerState';
import { seedEstates } from './support/seed';
import { AppPage } from './pages/AppPage';
import { BackupPageHelper } from './pages/BackupPage';
import { ExchangePageHelper } from './pages/ExchangePage';

/**
 * Issue 9: backups of everything and an atomic restore. The page is killed (closed abruptly,
 * as a crash or a pulled plug would end it) during a backup and during a restore at several
 * moments; after each, the app must open on either the old or the restored database — never a
 * mix — with every earlier backup intact and no half-written one listed.
 */
describe('backup and restore journey', () => {
  let browser: AppBrowser;
  let app: AppPage;
  let backups: BackupPageHelper;

  const reopen = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(inject('appUrl'));
    app = new AppPage(page);
    backups = new BackupPageHelper(app);
    await app.byTestId('home-page').waitFor({ timeout: 60_000 });
    return page;
  };

  /** Closes the page without unload handlers: the worker and any transaction die with it. */
  const kill = async () => {
    await app.page.close({ runBeforeUnload: false });
  };

  /** Every listed backup has its whole file, and nothing else is listed. */
  const expectListingIntact = (state: LedgerState, before: readonly string[]) => {
    for (const name of before) expect(state.backups.map((b) => b.fileName)).toContain(name);
    for (const backup of state.backups) expect(backup.fileBytes, backup.fileName).toBe(backup.bytes);
  };

  const ledgerOf = (state: LedgerState) => ({ communities: state.counts.communities, estates: state.counts.estates, photos: state.counts.inspectionPhotos });

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    app = new AppPage(browser.page);
    backups = new BackupPageHelper(app);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('backs up on the first start of the day and on demand, listing time, size and contents', async () => {
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.byTestId('load-example').click();
    await app.byTestId('home-open-table').waitFor();
    await seedEstates(app.page, 3000);
    await seedPhotos(app.page, 30, 200_000);
    await backups.open();
    expect(await backups.persistence()).toMatch(/^浏览器(已承诺|没有承诺)保留本机数据/);
    await app.page.locator('[data-testid^="backup-row-"]').first().waitFor();
    expect((await backups.listed()).map((b) => b.reason)).toEqual(['每日首次启动']);
    await backups.backUpNow();
    const listed = await backups.listed();
    expect(listed.map((b) => b.reason)).toEqual(['手动备份', '每日首次启动']);
    const manual = app.page.getByTestId(`backup-row-${listed[0]!.fileName}`);
    expect(await manual.innerText()).toMatch(/小区 3000，.*照片 30/);
    expect(await manual.innerText()).toMatch(/\d+(\.\d)? MB/);
  });

  it('downloads a copy that is the stored file byte for byte', async () => {
    const [newest] = await backups.listed();
    const copy = await backups.saveCopy(newest!.fileName);
    expect(copy.name).toBe(newest!.fileName);
    const state = await ledgerState(app.page);
    expect(copy.bytes.length).toBe(state.backups.find((b) => b.fileName === newest!.fileName)?.bytes);
    expect(copy.bytes.subarray(0, 23).toString('utf8')).toBe('STREET-LEDGER-BACKUP 1\n');
  });

  it.each([0, 150, 600, 1500])('survives a kill %i ms into a backup: earlier backups intact, nothing partial listed', async (delay) => {
    const before = (await ledgerState(app.page)).backups.map((b) => b.fileName);
    const ledger = ledgerOf(await ledgerState(app.page));
    await backups.startBackup();
    await new Promise((resolve) => setTimeout(resolve, delay));
    await kill();
    const page = await reopen();
    const state = await ledgerState(page);
    expectListingIntact(state, before);
    expect(state.backups.length - before.length).toBeLessThanOrEqual(2);
    expect(ledgerOf(state)).toEqual(ledger);
    await backups.open();
    // An earlier backup is still whole: its preview opens (the file verifies).
    await backups.previewRestore(before[before.length - 1]!);
    await app.page.keyboard.press('Escape');
  });

  it.each([0, 300, 1200, 2500])('survives a kill %i ms into a restore: the old database or the restored one, never a mix', async (delay) => {
    await backups.open();
    const target = (await backups.listed())[0]!.fileName;
    const restored = ledgerOf(await ledgerState(app.page));
    // Work since that backup: one more community and estate, and a photo fewer.
    await app.page.evaluate(async () => {
      const pointer = JSON.parse(localStorage.getItem('street-ledger.activeDatabase') ?? 'null') as { active: string } | null;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(pointer?.active ?? 'street-ledger');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['communities', 'estates', 'inspectionPhotos'], 'readwrite');
      const id = `later-${Date.now()}`;
      tx.objectStore('communities').put({ id, name: id, nameKey: id, kind: 'community', director: '', phone: '', planned: { total: null, class1: null, class2: null, class3: null }, createdAt: 1, updatedAt: 1 });
      tx.objectStore('estates').put({ id, communityId: id, name: id, nameKey: id, estateClass: 0, mode: 'unspecified', company: '', buildings: null, households: null, floorArea: null, address: '', pilot: false, notes: '', createdAt: 1, updatedAt: 1 });
      tx.objectStore('inspectionPhotos').delete('photo-0');
      await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
      db.close();
    });
    const old = ledgerOf(await ledgerState(app.page));
    const before = (await ledgerState(app.page)).backups.map((b) => b.fileName);
    await backups.previewRestore(target);
    await backups.confirmRestore();
    await new Promise((resolve) => setTimeout(resolve, delay));
    await kill();
    const page = await reopen();
    const state = await ledgerState(page);
    expect([old, restored]).toContainEqual(ledgerOf(state));
    expectListingIntact(state, before);
    // Nothing of an interrupted restore is left behind, and no database but the ledger's.
    expect(state.pending).toBeNull();
    expect(state.databases.filter((name) => name !== 'street-ledger-backups')).toEqual([state.active]);
  });

  it('restores to the end: the preview compares with today, and the app reopens on the backup', async () => {
    await backups.open();
    const target = (await backups.listed()).find((b) => b.reason === '手动备份')!.fileName;
    await backups.previewRestore(target);
    const [inBackup, now] = await backups.previewCounts('estates');
    expect(Number(inBackup)).toBeGreaterThanOrEqual(3000);
    expect(Number(now)).toBeGreaterThanOrEqual(3000);
    const previous = (await ledgerState(app.page)).active;
    await backups.confirmRestore();
    // The app reopens itself on the restored database.
    await app.page.waitForFunction((name) => !localStorage.getItem('street-ledger.activeDatabase')?.includes(`"active":"${name}"`), previous, { timeout: 60_000 });
    await app.byTestId('backups-page').waitFor({ timeout: 60_000 });
    const state = await ledgerState(app.page);
    expect(ledgerOf(state)).toEqual({ communities: 9, estates: 3000, photos: 30 });
    await backups.open();
    expect((await backups.listed()).map((b) => b.reason)).toContain('恢复前');
  });

  it('backs up before an import is committed and before it is undone', async () => {
    const exchange = new ExchangePageHelper(app);
    await exchange.open();
    await exchange.importFile('新华社区.csv', Buffer.from('社区,小区名称,户数\n万安社区,备份测试小区,80\n'), 'text/csv');
    await exchange.commit();
    await app.byTestId('batch-undo-新华社区.csv').click();
    await app.page.locator('.ant-popconfirm .ant-btn-primary').click();
    // Undone once the button gives way to its tag.
    await app.byTestId('batch-undo-新华社区.csv').waitFor({ state: 'detached' });
    await backups.open();
    const reasons = (await backups.listed()).map((b) => b.reason);
    expect(reasons.slice(0, 2)).toEqual(['撤销导入前', '导入前']);
  });

  it('refuses a workbook renamed as a backup with one Chinese sentence, changing nothing', async () => {
    const before = await ledgerState(app.page);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['社区', '小区名称'], ['万安社区', '锦绣花园']]), '小区');
    await backups.restoreFromFile('台账备份_假的.slbak', Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer));
    expect(await backups.refusal()).toBe('这不是街道物业台账的备份文件，请选择以 .slbak 结尾的备份文件。');
    expect(await ledgerState(app.page)).toEqual(before);
  });
});
