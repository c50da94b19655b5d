import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { NavPage } from '../../../renderer/app/useHashRoute';

/** The root test id of each menu page that has one. */
const PAGE_TEST_IDS: Partial<Record<NavPage, string>> = {
  home: 'home-page',
  dashboard: 'dashboard-page',
  communities: 'communities-page',
  estates: 'estates-page',
  classTable: 'class-table-page',
  companies: 'companies-page',
  exchange: 'exchange-page',
  complaints: 'complaints-page',
  settings: 'settings-page',
};

export interface CommunityInput {
  name: string;
  kind?: '社区' | '村';
  planned?: { total?: string; class1?: string; class2?: string; class3?: string };
}

export interface EstateInput {
  name: string;
  community: string;
  estateClass?: '一类' | '二类' | '三类' | '未分类';
  mode?: string;
  company?: string;
  buildings?: string;
  households?: string;
  address?: string;
  /** 别名, each typed and ended with Enter as a clerk enters them. */
  aliases?: readonly string[];
  /** One more 别名 typed and left in the box (no Enter), then saved with Ctrl+S from there. */
  aliasLeftTyped?: string;
}

/** Page helpers: the journeys speak in the user's terms, the selectors live here. */
export class AppPage {
  constructor(readonly page: Page) {}

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  async completeFirstRun(street: string, district: string, operator: string): Promise<void> {
    await this.byTestId('first-run').waitFor();
    await this.byTestId('settings-streetName').fill(street);
    await this.byTestId('settings-district').fill(district);
    await this.byTestId('settings-operator').fill(operator);
    await this.byTestId('settings-submit').click();
    await this.byTestId('home-page').waitFor();
  }

  /** Opens a page from the side menu and waits until it is there. */
  async navigate(route: NavPage): Promise<void> {
    await this.byTestId(`nav-${route}`).click();
    await this.page.waitForFunction((hash) => window.location.hash === hash, `#/${route}`);
    const pageId = PAGE_TEST_IDS[route];
    if (pageId) await this.byTestId(pageId).waitFor();
  }

  /** Picks `label` in the antd Select with test id `testId`. */
  async choose(testId: string, label: string): Promise<void> {
    await this.byTestId(testId).click();
    const option = this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${label}$`) });
    await option.first().click();
  }

  async addCommunity(input: CommunityInput): Promise<void> {
    await this.navigate('communities');
    await this.byTestId('community-add').click();
    await this.byTestId('community-form').waitFor();
    await this.byTestId('community-name').fill(input.name);
    if (input.kind) await this.choose('community-kind', input.kind);
    const planned = input.planned ?? {};
    if (planned.total !== undefined) await this.byTestId('community-plannedTotal').fill(planned.total);
    if (planned.class1 !== undefined) await this.byTestId('community-plannedClass1').fill(planned.class1);
    if (planned.class2 !== undefined) await this.byTestId('community-plannedClass2').fill(planned.class2);
    if (planned.class3 !== undefined) await this.byTestId('community-plannedClass3').fill(planned.class3);
    await this.byTestId('community-save').click();
    await this.byTestId(`community-row-${input.name}`).waitFor();
  }

  /** Fills and submits the estate form; the caller checks whether it was saved or refused. */
  async submitEstate(input: EstateInput): Promise<void> {
    await this.navigate('estates');
    await this.byTestId('estate-add').click();
    await this.byTestId('estate-form').waitFor();
    await this.byTestId('estate-name').fill(input.name);
    await this.choose('estate-communityId', input.community);
    if (input.estateClass) await this.choose('estate-estateClass', input.estateClass);
    if (input.mode) await this.choose('estate-mode', input.mode);
    if (input.company !== undefined) await this.byTestId('estate-company').fill(input.company);
    if (input.buildings !== undefined) await this.byTestId('estate-buildings').fill(input.buildings);
    if (input.households !== undefined) await this.byTestId('estate-households').fill(input.households);
    if (input.address !== undefined) await this.byTestId('estate-address').fill(input.address);
    for (const alias of input.aliases ?? []) {
      await this.byTestId('estate-aliases').locator('input').fill(alias);
      await this.page.keyboard.press('Enter');
    }
    if (input.aliasLeftTyped !== undefined) {
      await this.byTestId('estate-aliases').locator('input').fill(input.aliasLeftTyped);
      await this.page.keyboard.press('Control+s');
    } else {
      await this.byTestId('estate-save').click();
    }
  }

  async addEstate(input: EstateInput): Promise<void> {
    await this.submitEstate(input);
    await this.byTestId('estate-form').waitFor({ state: 'detached' });
    await this.byTestId(`estate-row-${input.name}`).waitFor();
  }

  /** The error text antd shows in the estate form, and the toast. */
  async refusal(): Promise<string> {
    const toast = this.page.locator('.save-refused').first();
    await toast.waitFor();
    return (await toast.innerText()).trim();
  }

  async cancelEstateForm(): Promise<void> {
    await this.page.locator('.ant-modal-footer button').filter({ hasText: /取\s*消/ }).click();
    await this.byTestId('estate-form').waitFor({ state: 'detached' });
  }

  /** An estate's row in the estate table, as text. */
  async estateRowText(name: string): Promise<string> {
    const row = this.byTestId(`estate-row-${name}`);
    await row.waitFor();
    return (await row.innerText()).replace(/\s+/g, ' ').trim();
  }

  classCell(community: string | 'total', cell: string): Locator {
    return this.byTestId(`cell-${community}-${cell}`);
  }

  async shownEstates(): Promise<string> {
    return (await this.byTestId('estate-shown').innerText()).trim();
  }

  /** Opens a route by its address, as a bookmark or a link would. */
  async openRoute(hash: string): Promise<void> {
    await this.page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
  }

  /** The message a page shows instead of itself when it cannot render. */
  pageFailedTitle(): Locator {
    return this.byTestId('page-failed').locator('.ant-result-title');
  }

  pageFailedHome(): Locator {
    return this.byTestId('page-failed-home');
  }

  async expectText(locator: Locator, text: string): Promise<void> {
    await expect.poll(async () => (await locator.innerText()).trim(), { timeout: 10_000 }).toBe(text);
  }
}
