import type { Locator } from 'playwright-core';
import type { AppPage } from './AppPage';

/** Page helpers for the change history: the estate page's panel and the reason in its edit dialog. */
export class HistoryPage {
  constructor(readonly app: AppPage) {}

  async openEstate(name: string): Promise<void> {
    await this.app.navigate('estates');
    await this.app.byTestId(`estate-open-${name}`).click();
    await this.app.byTestId('estate-page').waitFor();
  }

  facts(): Locator {
    return this.app.byTestId('estate-facts');
  }

  /** Opens the estate page's edit dialog, picks a class and, if given, a reason, and saves. */
  async changeClass(label: '一类' | '二类' | '三类', reason?: string): Promise<void> {
    await this.app.byTestId('estate-page-edit').click();
    await this.app.byTestId('estate-form').waitFor();
    await this.app.choose('estate-estateClass', label);
    if (reason !== undefined) await this.app.byTestId('estate-reason').fill(reason);
    await this.app.byTestId('estate-save').click();
  }

  async dialogClosed(): Promise<void> {
    await this.app.byTestId('estate-form').waitFor({ state: 'detached' });
  }

  /** The message under the reason field. */
  async reasonError(): Promise<string> {
    const error = this.app.page.locator('.ant-form-item-has-error .ant-form-item-explain-error').first();
    await error.waitFor();
    return (await error.innerText()).trim();
  }

  /** The rows of the estate's history panel, newest first, each as its cells' text. */
  async rows(): Promise<string[][]> {
    const rows = this.app.byTestId('estate-history-table-row');
    return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
  }
}
