import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { strayScript } from '../../../shared/i18n/strayScript';
import type { Locale } from '../../../shared/i18n/locale';

/** Where a journey's screenshots go: the test output, never the repository (.gitignore). */
export const SCREENSHOT_DIR = 'test-output/screens';

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** The clerk's screen as a whole: what fits, what a screen reader and a keyboard get, what language it speaks. */
export class ScreenPage {
  constructor(readonly page: Page) {}

  async screenshot(name: string): Promise<string> {
    const path = `${SCREENSHOT_DIR}/${name}.png`;
    mkdirSync(dirname(path), { recursive: true });
    // Open messages and tooltips fade; wait for animations so the picture is what stays.
    await this.page.waitForTimeout(400);
    await this.page.screenshot({ path });
    return path;
  }

  /** Serious and critical accessibility findings of axe on the page as it is now. */
  async accessibilityProblems(): Promise<AxeFinding[]> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }

  /**
   * Tables (and the page itself) wider than their box: whatever must be scrolled sideways to be
   * seen. A table's width is its header's (a virtual body scrolls by transform, so its own
   * scrollWidth says nothing), measured against the container it sits in.
   */
  async cutOff(): Promise<string[]> {
    return this.page.evaluate(() => {
      const out: string[] = [];
      const root = document.scrollingElement ?? document.documentElement;
      if (root.scrollWidth > root.clientWidth + 1) out.push(`page: ${root.scrollWidth} > ${root.clientWidth}`);
      for (const container of document.querySelectorAll<HTMLElement>('.ant-table-container')) {
        if (container.getClientRects().length === 0) continue;
        const table = container.querySelector<HTMLElement>('.ant-table-header table, .ant-table-content table');
        if (!table) continue;
        const name = container.closest('[data-testid]')?.getAttribute('data-testid') ?? 'table';
        if (table.offsetWidth > container.clientWidth + 1) out.push(`${name}: ${table.offsetWidth} > ${container.clientWidth}`);
      }
      return out;
    });
  }

  /** Words on screen that are not of `locale`, after removing what the clerk typed (`userData`). */
  async strayWords(locale: Locale, userData: readonly RegExp[]): Promise<string[]> {
    let text = await this.page.locator('body').innerText();
    for (const data of userData) text = text.replace(new RegExp(data.source, data.flags.includes('g') ? data.flags : `${data.flags}g`), ' ');
    return strayScript(text, locale);
  }

  /** Presses Tab until `selector` has the focus, as a clerk without a mouse would. */
  async tabTo(selector: string, maxTabs = 80): Promise<void> {
    for (let i = 0; i < maxTabs; i++) {
      await this.page.keyboard.press('Tab');
      if (await this.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`${maxTabs} presses of Tab never reached ${selector}`);
  }

  async focused(): Promise<{ testId: string | null; outline: string }> {
    return this.page.evaluate(() => {
      const active = document.activeElement;
      return { testId: active?.getAttribute('data-testid') ?? null, outline: active ? getComputedStyle(active).outlineStyle : 'none' };
    });
  }
}
