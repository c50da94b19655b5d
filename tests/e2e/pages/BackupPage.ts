import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AppPage } from './AppPage';

/** The 备份与恢复 page. */
export class BackupPageHelper {
  constructor(private readonly app: AppPage) {}

  get page(): Page {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.app.navigate('backups');
    await this.app.byTestId('backups-page').waitFor();
    await this.page.locator('[data-testid="backups-page"] .ant-spin-spinning').waitFor({ state: 'detached' });
  }

  /** The listed backups, newest first: file name and reason as shown. */
  async listed(): Promise<{ fileName: string; reason: string }[]> {
    const rows = this.page.locator('[data-testid^="backup-row-"]');
    const out: { fileName: string; reason: string }[] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      const id = (await row.getAttribute('data-testid')) ?? '';
      out.push({ fileName: id.replace(/^backup-row-/, ''), reason: (await row.locator('td').nth(1).innerText()).trim() });
    }
    return out;
  }

  /** Clicks 立即备份 without waiting for it to finish (to kill the page meanwhile). */
  async startBackup(): Promise<void> {
    await this.app.byTestId('backup-now').click();
  }

  async backUpNow(): Promise<void> {
    await this.startBackup();
    await this.page.locator('.backup-done').first().waitFor();
  }

  /** Opens the restore preview of a listed backup. */
  async previewRestore(fileName: string): Promise<void> {
    await this.page.getByTestId(`backup-row-${fileName}`).getByTestId('backup-restore').click();
    await this.app.byTestId('restore-preview').waitFor();
  }

  /** Rows of one table in the preview: [in the backup, now]. */
  async previewCounts(table: string): Promise<[string, string]> {
    const cells = this.page.getByTestId(`restore-count-${table}`).locator('td');
    return [(await cells.nth(1).innerText()).trim(), (await cells.nth(2).innerText()).trim()];
  }

  async confirmRestore(): Promise<void> {
    await this.app.byTestId('restore-confirm').click();
  }

  /** Restores from a file chosen in the file dialog; resolves with the refusal shown, if any. */
  async restoreFromFile(name: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.app.byTestId('backup-restore-file').click();
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
  }

  async refusal(): Promise<string> {
    const shown = this.page.locator('.backup-refused').first();
    await shown.waitFor();
    return (await shown.innerText()).trim();
  }

  async saveCopy(fileName: string): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(`backup-row-${fileName}`).getByTestId('backup-save-copy').click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  }

  async persistence(): Promise<string> {
    return (await this.app.byTestId('storage-persisted').innerText()).trim();
  }
}
