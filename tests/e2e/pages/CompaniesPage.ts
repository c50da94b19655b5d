import type { Locator, Page } from 'playwright-core';
import { InspectionPage } from './InspectionPage';

/** The 物业服务企业 pages: the register with its merge proposals, a company and its credit file. */
export class CompaniesPage extends InspectionPage {
  constructor(page: Page) {
    super(page);
  }

  async openRegister(): Promise<void> {
    await this.navigate('companies');
  }

  /** The proposal that `first` and `second` are one company. */
  duplicate(first: string): Locator {
    return this.byTestId(`duplicate-${first}`);
  }

  async mergeInto(first: string, second: string): Promise<void> {
    await this.duplicate(first).getByTestId(`duplicate-merge-${second}`).click();
    await this.duplicate(first).waitFor({ state: 'detached' });
  }

  row(name: string): Locator {
    return this.byTestId(`company-row-${name}`);
  }

  async openCompany(name: string): Promise<void> {
    await this.row(name).getByText(name, { exact: true }).click();
    await this.byTestId('company-page').waitFor();
  }

  /** The credit file's lines as [date, event, evidence, points]. */
  async creditLines(): Promise<string[][]> {
    const rows = this.byTestId('company-credit').locator('tbody tr[data-testid^="credit-line-"]');
    const out: string[][] = [];
    for (const row of await rows.all()) out.push((await row.locator('td').allInnerTexts()).slice(0, 4).map((t) => t.trim()));
    return out;
  }

  async escalate(escalation: string): Promise<void> {
    await this.byTestId('notice-escalate').click();
    await this.byTestId('notice-escalate-form').waitFor();
    await this.choose('notice-escalation', escalation);
    await this.byTestId('notice-action-save').click();
    await this.byTestId('notice-escalate-form').waitFor({ state: 'detached' });
  }
}
