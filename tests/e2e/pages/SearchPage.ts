import type { Locator, Page } from 'playwright-core';
import type { SearchKind } from '../../../shared/search';

/** The one search box (Ctrl+K) and its grouped hits. */
export class SearchPage {
  constructor(readonly page: Page) {}

  /** Ctrl+K from wherever the focus is; true when the focus landed in the search box. */
  async focusByShortcut(): Promise<boolean> {
    await this.page.keyboard.press('Control+k');
    return this.page.evaluate(() => document.activeElement?.closest('[data-testid="global-search"]') !== null);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  group(kind: SearchKind): Locator {
    return this.page.getByTestId(`search-group-${kind}`);
  }

  hit(kind: SearchKind, title: string): Locator {
    return this.page.getByTestId(`search-hit-${kind}-${title}`);
  }

  /** Enter: opens the hit the box has active (the first, unless the arrows moved). */
  async openActive(): Promise<void> {
    await this.page.keyboard.press('Enter');
  }
}
