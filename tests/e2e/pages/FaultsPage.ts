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
