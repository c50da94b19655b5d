import type { Locator, Page } from 'playwright-core';

/** Selectors of the fault journeys: recovery, read-only, stale saves, imports outliving the page. */
export class FaultsPage {
  constructor(readonly page: Page) {}

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  /** What a text field holds now (nothing cut off). */
  async valueOf(testId: string): Promise<string> {
    return this.byTestId(testId).inputValue();
  }

  /** Puts text into a field as a paste does: all at once, not key by key. */
  async paste(testId: string, text: string): Promise<void> {
    await this.byTestId(testId).focus();
    await this.page.keyboard.insertText(text);
  }

  /** The reason antd shows under a form field. */
  fieldError(field: string): Locator {
    return this.page.locator(`.ant-form-item:has([data-testid="${field}"]) .ant-form-item-explain-error`).first();
  }

  startFailure(): Locator {
    return this.byTestId('start-failure');
  }
}

/** The recovery page that replaces the first-run page when the ledger was wiped or damaged. */
export class RecoveryPageHelper {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByTestId('recovery-page');
  }

  /** [last time, now] for one table. */
  async counts(table: string): Promise<[string, string]> {
    const cells = this.page.getByTestId(`recovery-count-${table}`).locator('td');
    return [(await cells.nth(1).innerText()).trim(), (await cells.nth(2).innerText()).trim()];
  }

  async backupsOffered(): Promise<number> {
    await this.page.locator('[data-testid="recovery-page"] .ant-card-loading').waitFor({ state: 'detached' });
    return this.page.getByTestId('recovery-restore').count();
  }

  async restoreNewest(): Promise<void> {
    await this.page.getByTestId('recovery-restore').first().click();
  }

  async restoreFromFile(name: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('recovery-restore-file').click();
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
  }
}

/** The dialog shown when a save is refused because the record changed after it was opened. */
export class StaleEditHelper {
  constructor(readonly page: Page) {}

  async openEstateEdit(name: string): Promise<void> {
    await this.page.getByTestId(`estate-edit-${name}`).click();
    await this.page.getByTestId('estate-form').waitFor();
  }

  /** On the communities page. */
  async openCommunityEdit(name: string): Promise<void> {
    await this.page.getByTestId(`community-edit-${name}`).click();
    await this.page.getByTestId('community-form').waitFor();
  }

  /** On an estate's page, in its committee panel. */
  async openTermEdit(termNumber: number): Promise<void> {
    await this.page.getByTestId(`term-edit-${termNumber}`).click();
    await this.page.getByTestId('term-form').waitFor();
  }

  /** The fields listed as differing, in their order. */
  async listedFields(): Promise<string[]> {
    const rows = this.page.locator('[data-testid="stale-edit"] tr[data-testid^="stale-field-"]');
    return rows.evaluateAll((trs) => trs.map((tr) => (tr.getAttribute('data-testid') ?? '').replace('stale-field-', '')));
  }

  /** [field label, who changed it] as shown for one field. */
  async row(field: string): Promise<[string, string]> {
    const cells = this.page.getByTestId(`stale-field-${field}`).locator('td');
    return [(await cells.nth(0).innerText()).trim(), (await cells.nth(1).innerText()).trim()];
  }

  closed(): Locator {
    return this.page.getByTestId('stale-edit');
  }

  /** Closes the two versions without a choice, as Esc does. */
  async back(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.closed().waitFor({ state: 'detached' });
  }

  refused(): Locator {
    return this.page.getByTestId('stale-refused');
  }

  /** [saved, mine] as shown for one field. */
  async versions(field: string): Promise<[string, string]> {
    const label = (side: string) => this.page.locator(`label:has([data-testid="stale-${side}-${field}"])`);
    return [(await label('theirs').innerText()).trim(), (await label('mine').innerText()).trim()];
  }

  async choose(side: 'theirs' | 'mine', field: string): Promise<void> {
    await this.page.locator(`label:has([data-testid="stale-${side}-${field}"])`).click();
  }

  async saveChosen(): Promise<void> {
    await this.page.getByTestId('stale-merge').click();
    await this.closed().waitFor({ state: 'detached' });
  }
}
