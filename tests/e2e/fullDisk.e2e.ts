import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { BackupPageHelper } from './pages/BackupPage';
import { ExchangePageHelper } from './pages/ExchangePage';
import { RecoveryPageHelper } from './pages/FaultsPage';
import { launchApp, type AppBrowser } from './support/browser';
import { ledgerState, type LedgerState } from './support/ledgerState';
import { mountSmallDisk, type SmallDisk } from './support/smallDisk';
import { largeEstateList } from './support/workbooks';

const disk = mountSmallDisk(30);
if ('unavailable' in disk) console.warn(`SKIPPED full-disk journey: ${disk.unavailable}`);

const ROOM_REFUSAL = /磁盘剩余空间不足：这次写入大约需要 \d+(\.\d)? MB，磁盘只剩 \d+(\.\d)? MB。没有写入任何内容。请清理磁盘后重试。$/;
const LIBRARY_TEXT = /bulkAdd|Error|Exception|https?:/;
/** The example street's backup takes a few hundred kilobytes; 1,500 rows take about 5 MB. */
const LEFT_FOR_THE_BACKUP = 1024 * 1024;

/** As many rows as the probe lets through on this disk (about 16 MB granted), so the commit lasts. */
const ROWS_WHILE_FILLING = 1_500;
const ATTEMPTS = 3;

/**
 * Imports 1,500 rows while the disk is filled from outside, leaving room for the small backup
 * before the import but not for the import's own rows; returns what the clerk reads and the
 * ledger just before. `once`: as soon as the banner shows the room was checked, or before the
 * commit starts at all (a best-effort origin's probe goes by Chromium's quota alone, which does
 * not see a disk another program filled). A commit quicker than the fill (a fast machine) is
 * undone and tried again under a new name, so the journey never depends on the race.
 */
async function importWhileTheDiskFills(app: AppPage, exchange: ExchangePageHelper, small: SmallDisk, once: 'roomChecked' | 'beforeCommit'): Promise<{ said: string; before: LedgerState }> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const fileName = `一千五百小区-${attempt}.xlsx`;
    await exchange.open();
    await exchange.importFile(fileName, largeEstateList('万安社区', ROWS_WHILE_FILLING, `一千五${attempt}-`));
    const before = await ledgerState(app.page);
    let outcome: { committed: boolean; text: string };
    try {
      if (once === 'beforeCommit') small.fill(LEFT_FOR_THE_BACKUP);
      await exchange.startCommit();
      if (once === 'roomChecked') {
        // The banner, or the end already: either way the disk fills now.
        await exchange.pastRoomCheck().or(exchange.outcomeToast(fileName)).first().waitFor({ timeout: 60_000 });
        small.fill(LEFT_FOR_THE_BACKUP);
      }
      outcome = await exchange.commitOutcome(fileName);
    } finally {
      small.unfill();
    }
    if (!outcome.committed) return { said: outcome.text, before };
    console.log(`attempt ${attempt}: “${fileName}” was committed before the disk filled; undoing it and trying again`);
    await freshPage(app, small);
    await exchange.open();
    await exchange.undo(fileName);
  }
  throw new Error(`the commit outran the filler ${ATTEMPTS} times: the disk never filled during a commit`);
}

/** Each journey from its own state: no filler left, a freshly loaded page (slow under load). */
async function freshPage(app: AppPage, small: SmallDisk): Promise<void> {
  small.unfill();
  await app.page.reload();
  await app.byTestId('nav-home').waitFor({ timeout: 90_000 }).catch(async () => {
    const shown = await app.page.locator('[data-testid="recovery-page"], [data-testid="first-run"], [data-testid="start-failure"], [data-testid="start-status"]').allInnerTexts();
    throw new Error(`the app did not open its menu within 90 s after a reload; the page shows: ${shown.join(' | ') || '(nothing of ours)'}`);
  });
}

/** What the clerk would count: the rows of every table, and the backups kept. */
const counted = (state: LedgerState) => ({ counts: state.counts, backups: state.backups.map((b) => b.fileName) });

/**
 * The profile on a 30 MB filesystem, the example street loaded. What Chromium does there
 * (observed with scripts driving it, see renderer/platform/roomProbe.ts and electron/hardening.ts):
 * `navigator.storage.estimate()` ignores the small disk (a 1 GB quota), and when the disk fills, a
 * best-effort origin is evicted whole — IndexedDB (ledger and browser backups), the private file
 * system, Cache Storage; only localStorage stays — while a persisted origin only sees the write
 * under way abort. So the profile is persisted, as the desktop app's session grants it, and the
 * app proves the room of every bulk write before writing anything: a scratch file in the
 * origin's private file system must be granted the bytes the write will take.
 */
describe.skipIf('unavailable' in disk)('a full disk', () => {
  const small = disk as SmallDisk;
  let browser: AppBrowser | undefined;
  let app: AppPage;
  let exchange: ExchangePageHelper;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'), undefined, { userDataDir: small.path, persistentStorage: true });
    app = new AppPage(browser.page);
    exchange = new ExchangePageHelper(app);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.byTestId('load-example').click();
    await app.byTestId('home-class-counts').waitFor();
  });
  beforeEach(() => freshPage(app, small), 180_000);
  afterAll(async () => {
    small.unfill();
    await browser?.close();
    small.unmount();
  });

  it('refuses a 100,000-row import up front in one Chinese sentence: nothing written, the same ledger after a reload', async () => {
    const before = await ledgerState(app.page);
    console.log('storage estimate on the 30 MB disk', await app.page.evaluate(() => navigator.storage.estimate()), 'free', small.freeBytes());
    await exchange.open();
    await exchange.importFile('十万小区.xlsx', largeEstateList('万安社区', 100_000));
    await exchange.startCommit();
    const said = await exchange.failedText('十万小区.xlsx');
    console.log('the clerk reads', said);
    expect(said).toMatch(/^“十万小区\.xlsx”没有导入，数据没有任何改动：/);
    expect(said).toMatch(ROOM_REFUSAL);
    expect(said).not.toMatch(LIBRARY_TEXT);
    // Not even the backup before the import was written.
    expect(counted(await ledgerState(app.page))).toEqual(counted(before));
    await app.page.reload();
    await app.byTestId('nav-home').waitFor({ timeout: 60_000 });
    expect(await new RecoveryPageHelper(app.page).root().count()).toBe(0);
    expect(counted(await ledgerState(app.page))).toEqual(counted(before));
  });

  it('keeps the ledger when the disk fills anyway during a commit that passed the probe', { timeout: 300_000 }, async () => {
    const { said, before } = await importWhileTheDiskFills(app, exchange, small, 'roomChecked');
    console.log('the disk filled during the commit; the clerk reads', said);
    // Whichever write the full disk stopped, the backup before the import or the import's own.
    expect(said).toMatch(/^“一千五百小区-\d\.xlsx”没有导入，数据没有任何改动：(导入前的自动备份失败，没有导入任何数据：)?磁盘空间不足/);
    expect(said).not.toMatch(LIBRARY_TEXT);
    await app.page.reload();
    const recovery = new RecoveryPageHelper(app.page);
    await app.page.locator('[data-testid="nav-home"], [data-testid="recovery-page"], [data-testid="first-run"]').first().waitFor({ timeout: 60_000 });
    expect(await app.byTestId('first-run').count()).toBe(0);
    const stopped = (await recovery.root().count()) > 0;
    console.log(stopped ? 'after the reload: the recovery page, restoring the backup made before the commit' : 'after the reload: the ledger as it was');
    if (stopped) {
      // The worst case allowed: one click on the backup made right before the commit.
      await recovery.restoreNewest();
      await app.byTestId('nav-home').waitFor({ timeout: 60_000 });
    }
    expect((await ledgerState(app.page)).counts).toEqual(before.counts);
  });

  it('refuses a restore and an undo up front on a disk too small for them, changing nothing', { timeout: 300_000 }, async () => {
    await exchange.open();
    await exchange.importFile('二百小区.xlsx', largeEstateList('万安社区', 200, '二百'));
    await exchange.commit();
    const backups = new BackupPageHelper(app);
    await backups.open();
    await backups.backUpNow();
    const [newest] = await backups.listed();
    const before = await ledgerState(app.page);
    // Leaves 4 MB: less than any bulk write is estimated to take (8 MB and more).
    small.fill(4 * 1024 * 1024);
    try {
      await backups.previewRestore(newest?.fileName ?? '');
      await backups.confirmRestore();
      const restoreSaid = await backups.refusal();
      console.log('restore on a full disk: the clerk reads', restoreSaid);
      expect(restoreSaid).toMatch(/^恢复失败，当前数据没有任何改动：/);
      expect(restoreSaid).toMatch(ROOM_REFUSAL);
      await exchange.open();
      const undoSaid = await exchange.undoRefused('二百小区.xlsx');
      console.log('undo on a full disk: the clerk reads', undoSaid);
      expect(undoSaid).toMatch(ROOM_REFUSAL);
      expect(counted(await ledgerState(app.page))).toEqual(counted(before));
    } finally {
      small.unfill();
    }
  });
});

const bestEffortDisk = mountSmallDisk(30);

/**
 * The same full disk on a browser that refuses persistent storage (headless Chromium's answer):
 * Chromium then evicts the whole origin — IndexedDB and the private file system with the backups
 * in it — and nothing the page can write survives but localStorage's last known state. What is
 * left to the app is to notice: the recovery page, never the first-run page. The desktop app's
 * session grants persistence, so there it is the journey above.
 */
describe.skipIf('unavailable' in bestEffortDisk)('a full disk on a browser without persistent storage', () => {
  const small = bestEffortDisk as SmallDisk;
  let browser: AppBrowser | undefined;

  afterAll(async () => {
    small.unfill();
    await browser?.close();
    small.unmount();
  });

  it('keeps the ledger or, once Chromium evicted it, stops at the recovery page: never the first-run page', { timeout: 300_000 }, async () => {
    browser = await launchApp(inject('appUrl'), undefined, { userDataDir: small.path });
    const app = new AppPage(browser.page);
    const exchange = new ExchangePageHelper(app);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.byTestId('load-example').click();
    await app.byTestId('home-class-counts').waitFor();
    expect(await app.page.evaluate(() => navigator.storage.persisted())).toBe(false);
    const { said, before } = await importWhileTheDiskFills(app, exchange, small, 'beforeCommit');
    console.log('without persistence, the clerk reads', said);
    expect(said).not.toMatch(LIBRARY_TEXT);
    await app.page.reload();
    const recovery = new RecoveryPageHelper(app.page);
    await app.page.locator('[data-testid="nav-home"], [data-testid="recovery-page"], [data-testid="first-run"]').first().waitFor({ timeout: 60_000 });
    expect(await app.byTestId('first-run').count()).toBe(0);
    if ((await recovery.root().count()) > 0) {
      console.log('without persistence: evicted, the recovery page says what was there');
      expect(await recovery.counts('communities')).toEqual([String(before.counts.communities ?? 0), '0']);
    } else {
      console.log('without persistence: this time Chromium did not evict, the ledger as it was');
      expect((await ledgerState(app.page)).counts).toEqual(before.counts);
    }
  });
});
