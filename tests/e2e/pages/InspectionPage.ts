import type { Locator, Page } from 'playwright-core';
import { AppPage } from './AppPage';

export interface SpotCheckInput {
  /** Typed into the estate box and picked with Enter, as a clerk would. */
  estate: string;
  kind: string;
  inspectors: string;
  problems: Record<string, string>;
  photos?: { name: string; buffer: Buffer; mimeType: string }[];
}

/** Page helpers for inspections, notices and surveys; the journeys speak in the clerk's terms. */
export class InspectionPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async openLedger(): Promise<void> {
    await this.byTestId('nav-inspections').click();
    await this.byTestId('inspections-page').waitFor();
  }

  async openHome(): Promise<void> {
    await this.byTestId('nav-home').click();
    await this.byTestId('home-page').waitFor();
  }

  /** Opens the entry form; returns once the form (or the draft offer) shows. */
  async startEntry(): Promise<void> {
    await this.byTestId('inspection-add').click();
    await this.page.locator('[data-testid="entry-form"], [data-testid="entry-draft-offer"]').first().waitFor();
  }

  /** Picks an option of an antd Select by typing its text and pressing Enter. */
  async typeAndPick(testId: string, text: string): Promise<void> {
    await this.byTestId(testId).click();
    await this.page.keyboard.type(text);
    // The dropdown of a Select just left may still be closing: wait for this one's match.
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active').filter({ hasText: text }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  result(category: string, label: string): Locator {
    return this.byTestId(`entry-result-${category}`).locator('label').filter({ hasText: label });
  }

  async fillSpotCheck(input: SpotCheckInput): Promise<void> {
    await this.typeAndPick('entry-estateId', input.estate);
    await this.typeAndPick('entry-kind', input.kind);
    await this.byTestId('entry-inspectors').fill(input.inspectors);
    for (const [category, note] of Object.entries(input.problems)) {
      await this.result(category, '有问题').click();
      await this.byTestId(`entry-note-${category}`).fill(note);
    }
    for (const photo of input.photos ?? []) {
      await this.byTestId('photo-input').setInputFiles(photo);
      await this.byTestId(`photo-${photo.name}`).waitFor();
    }
  }

  /** The notice drawer's status tag text. */
  async noticeStatus(): Promise<string> {
    return (await this.byTestId('notice-drawer').getByTestId('notice-status').innerText()).trim();
  }

  async recheck(passed: boolean): Promise<void> {
    await this.byTestId('notice-recheck').click();
    await this.byTestId('notice-recheck-form').waitFor();
    await this.byTestId('notice-passed').getByText(passed ? '合格' : '不合格', { exact: true }).click();
    await this.byTestId('notice-action-save').click();
    await this.byTestId('notice-recheck-form').waitFor({ state: 'detached' });
  }

  async closeDrawers(): Promise<void> {
    for (let i = 0; i < 3 && (await this.page.locator('.ant-drawer-open').count()) > 0; i++) {
      await this.page.keyboard.press('Escape');
      await this.page.waitForTimeout(300);
    }
  }
}
