import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { BackupPageHelper } from './pages/BackupPage';
import { launchApp, type AppBrowser } from './support/browser';
import { ledgerState } from './support/ledgerState';

/**
 * Backups an earlier version of the browser build kept in their IndexedDB database are moved,
 * verified, to the private file system the first time the app lists its backups.
 */
describe('backups kept by an earlier version', () => {
  let browser: AppBrowser | undefined;
  let app: AppPage;
  let backups: BackupPageHelper;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    app = new AppPage(browser.page);
    backups = new BackupPageHelper(app);
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.byTestId('load-example').click();
    await app.byTestId('home-class-counts').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('moves them out of IndexedDB into the private file system, each listed and restorable there', async () => {
    await backups.open();
    await backups.backUpNow();
    const [listed] = await backups.listed();
    const made = (await ledgerState(app.page)).backups.find((b) => b.fileName === listed?.fileName);
    if (!made) throw new Error('no backup listed');
    // The file as an earlier version kept it: in the IndexedDB store, not in the folder.
    await app.page.evaluate(async (fileName) => {
      const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('backups');
      const file = await (await folder.getFileHandle(fileName)).getFile();
      const header = new TextDecoder().decode(await file.slice(0, 256 * 1024).arrayBuffer()).split('\n');
      const manifest = JSON.parse(header[1] ?? '{}') as unknown;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('street-ledger-backups', 10);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('files', { keyPath: 'fileName' }).createIndex('writtenAt', 'writtenAt');
          request.result.createObjectStore('listing', { keyPath: 'fileName' });
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const bytes = new Blob([await file.arrayBuffer()]);
      const tx = db.transaction(['files', 'listing'], 'readwrite');
      tx.objectStore('files').put({ fileName, file: bytes, writtenAt: Date.now() });
      tx.objectStore('listing').put({ fileName, bytes: file.size, manifest });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      await folder.removeEntry(fileName);
    }, made.fileName);

    await app.page.reload();
    await backups.open();
    expect((await backups.listed()).map((b) => b.fileName)).toContain(made.fileName);
    const where = await app.page.evaluate(async (fileName) => {
      const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('backups');
      const inFolder = await folder.getFileHandle(fileName).then((h) => h.getFile().then((f) => f.size), () => null);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('street-ledger-backups');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const count = (store: string) =>
        new Promise<number>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const left = { files: await count('files'), listing: await count('listing') };
      db.close();
      return { inFolder, left };
    }, made.fileName);
    expect(where).toEqual({ inFolder: made.bytes, left: { files: 0, listing: 0 } });
    // Read back from the folder and checked whole, as a restore does first.
    await backups.previewRestore(made.fileName);
    expect((await backups.previewCounts('communities'))[0]).toBe(String(made.rows.communities));
  });
});
