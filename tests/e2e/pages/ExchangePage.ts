import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AppPage } from './AppPage';

/** The 导入导出 page: files in through the file chooser, out through downloads. */
export class ExchangePageHelper {
  constructor(private readonly app: AppPage) {}

  get page(): Page {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.app.navigate('exchange');
  }

  async importFile(name: string, buffer: Buffer, mimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.app.byTestId('import-choose').click();
    await (await chooser).setFiles({ name, mimeType, buffer });
    await this.page.locator('[data-testid="import-preview"], [data-testid="import-error"]').first().waitFor();
  }

  async chooseColumn(kind: 'estates' | 'communities', field: string, label: string): Promise<void> {
    await this.app.byTestId(`preview-${kind}-column-${field}`).click();
    await this.page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: label })
      .first()
      .click();
  }

  /** The mapping table of a kind's preview, as text. */
  async mappingText(kind: 'estates' | 'communities'): Promise<string> {
    return (await this.app.byTestId(`preview-${kind}-mapping`).innerText()).trim();
  }

  /** The line listing the columns that are not imported, and the lookalike warnings. */
  async ignoredText(kind: 'estates' | 'communities'): Promise<string> {
    return (await this.app.byTestId(`preview-${kind}-ignored`).innerText()).trim();
  }

  async communitySource(kind: 'estates' | 'communities'): Promise<string> {
    return (await this.app.byTestId(`preview-${kind}-community-source`).innerText()).trim();
  }

  async countsText(kind: 'estates' | 'communities'): Promise<string> {
    return (await this.app.byTestId(`preview-${kind}-counts`).innerText()).trim();
  }

  /** For a sheet without a community column: one community for every row of it. */
  async setCommunity(kind: 'estates', community: string): Promise<void> {
    await this.app.byTestId(`preview-${kind}-missing-community`).waitFor();
    await this.app.byTestId(`preview-${kind}-community-input`).fill(community);
    await this.app.byTestId(`preview-${kind}-community-set`).click();
    await this.app.byTestId(`preview-${kind}-community-source`).waitFor();
  }

  /** Accepts the offer to create the communities the file names and the ledger lacks. */
  async createOfferedCommunities(): Promise<void> {
    await this.app.byTestId('import-create-communities').click();
    await this.app.byTestId('import-new-communities').waitFor();
  }

  /** Clicks 导入 without waiting for the commit to end (to leave the page meanwhile). */
  async startCommit(): Promise<void> {
    await this.app.byTestId('import-commit').click();
  }

  /** The result toast, wherever the clerk is when the commit ends. */
  async committedText(): Promise<string> {
    const toast = this.page.locator('.import-committed').first();
    await toast.waitFor({ timeout: 120_000 });
    return (await toast.innerText()).trim();
  }

  runningBanner() {
    return this.app.byTestId('import-running');
  }

  /** The banner once the room is checked: the backup before the import, then its own writes. */
  pastRoomCheck() {
    return this.page.locator('[data-testid="import-running"]:is([data-phase="backingUp"], [data-phase="writing"])');
  }

  /** The toast that ends the commit of `fileName`: committed or not. */
  outcomeToast(fileName: string) {
    return this.page.locator('.import-failed, .import-committed').filter({ hasText: `“${fileName}”` }).first();
  }

  /** How the commit of `fileName` ended, with a clear failure (not the test's timeout) when it never does. */
  async commitOutcome(fileName: string, timeout = 90_000): Promise<{ readonly committed: boolean; readonly text: string }> {
    const toast = this.outcomeToast(fileName);
    await toast.waitFor({ timeout }).catch(() => {
      throw new Error(`no result of the commit of “${fileName}” within ${timeout / 1000} s (neither a failure nor a success toast)`);
    });
    return { committed: await toast.evaluate((node) => node.closest('.import-committed') !== null), text: (await toast.innerText()).trim() };
  }

  /** What the clerk reads when the commit of `fileName` did not happen; one that went through fails here. */
  async failedText(fileName: string): Promise<string> {
    const { committed, text } = await this.commitOutcome(fileName);
    if (committed) throw new Error(`the commit of “${fileName}” went through: ${text}`);
    return text;
  }

  /** Undoes a batch, answering its question, and waits until it shows as undone. */
  async undo(fileName: string): Promise<void> {
    await this.app.byTestId(`batch-undo-${fileName}`).click({ timeout: 60_000 });
    await this.page.locator('.ant-popconfirm .ant-btn-primary').click();
    await this.app.byTestId(`batch-undo-${fileName}`).waitFor({ state: 'detached' });
  }

  /** Undoes a batch (answering its question) and returns the refusal shown, if any. */
  async undoRefused(fileName: string): Promise<string> {
    await this.app.byTestId(`batch-undo-${fileName}`).click();
    await this.page.locator('.ant-popconfirm .ant-btn-primary').click();
    const shown = this.page.locator('.undo-refused').first();
    await shown.waitFor();
    return (await shown.innerText()).trim();
  }

  async commit(): Promise<void> {
    await this.app.byTestId('import-commit').click();
    await this.page.locator('.import-committed').first().waitFor();
  }

  /** Clicks an export button and returns the file the browser downloaded. */
  async download(testId: string): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.app.byTestId(testId).click();
    const file = await download;
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  }
}
