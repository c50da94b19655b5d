import type { Locator, Page } from 'playwright-core';
import { InspectionPage } from './InspectionPage';

export interface CampaignInput {
  name: string;
  year: string;
  sourceRef: string;
  /** Estate names, typed into the estates box and picked one by one. */
  estates: string[];
  phases?: { name: string; startsOn: string; endsOn: string }[];
  finalNeedsAcceptance?: boolean;
}

export interface FundInput {
  /** Estate names, or every estate of the campaign without a fund yet. */
  estates: string[] | 'all';
  planned: string;
  shares: { source: string; amount: string; upfront: string }[];
}

/** Page helpers for campaigns; the journey speaks in the clerk's terms. */
export class CampaignPage extends InspectionPage {
  constructor(page: Page) {
    super(page);
  }

  async openList(): Promise<void> {
    await this.byTestId('nav-campaigns').click();
    await this.byTestId('campaigns-page').waitFor();
  }

  /** Picks several options of a multiple Select by typing each and pressing Enter. */
  async pickMany(testId: string, names: readonly string[]): Promise<void> {
    for (const name of names) await this.typeAndPick(testId, name);
    // Click the dialog's title, away from the box: its dropdown closes.
    await this.page.locator('.ant-modal-title').last().click();
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
  }

  /** Enters a campaign through the form; lands on its page. */
  async createCampaign(input: CampaignInput): Promise<void> {
    await this.openList();
    await this.byTestId('campaign-add').click();
    await this.byTestId('campaign-form').waitFor();
    await this.byTestId('campaign-name').fill(input.name);
    await this.byTestId('campaign-year').fill(input.year);
    await this.byTestId('campaign-sourceRef').fill(input.sourceRef);
    await this.pickMany('campaign-estates', input.estates);
    for (const [i, phase] of (input.phases ?? []).entries()) {
      await this.byTestId('campaign-add-phase').click();
      await this.byTestId(`campaign-phase-${i}-name`).fill(phase.name);
      await this.byTestId(`campaign-phase-${i}-startsOn`).fill(phase.startsOn);
      await this.byTestId(`campaign-phase-${i}-endsOn`).fill(phase.endsOn);
    }
    await this.byTestId('campaign-add-goal').click();
    if (input.finalNeedsAcceptance) await this.byTestId('campaign-finalNeedsAcceptance').check();
    await this.byTestId('campaign-save').click();
    await this.byTestId('campaign-form').waitFor({ state: 'detached' });
    await this.expectText(this.byTestId('campaign-title'), input.name);
  }

  phase(name: string): Locator {
    return this.byTestId(`phase-${name}`);
  }

  async openTab(tab: 'tasks' | 'returns' | 'inspections' | 'funds' | 'goals'): Promise<void> {
    await this.byTestId(`campaign-tab-${tab}`).click();
    await this.byTestId(`campaign-${tab}`).waitFor();
  }

  async addTask(task: { title: string; dueOn: string; lead: string; responsible: string }): Promise<void> {
    await this.openTab('tasks');
    await this.byTestId('task-add').click();
    await this.byTestId('task-form').waitFor();
    await this.byTestId('task-title').fill(task.title);
    await this.byTestId('task-dueOn').fill(task.dueOn);
    await this.byTestId('task-lead').fill(task.lead);
    await this.byTestId('task-responsible').fill(task.responsible);
    await this.byTestId('task-save').click();
    await this.byTestId('task-form').waitFor({ state: 'detached' });
    await this.byTestId(`task-row-${task.title}`).waitFor();
  }

  taskRow(title: string): Locator {
    return this.byTestId(`task-row-${title}`);
  }

  async addReturn(title: string, dueOn: string, partyKind: '各物业企业' | '各小区'): Promise<void> {
    await this.openTab('returns');
    await this.byTestId('return-add').click();
    await this.byTestId('return-form').waitFor();
    await this.byTestId('return-title').fill(title);
    await this.byTestId('return-dueOn').fill(dueOn);
    await this.byTestId('return-partyKind').getByText(partyKind, { exact: true }).click();
    await this.byTestId('return-save').click();
    await this.byTestId('return-form').waitFor({ state: 'detached' });
    await this.byTestId(`return-${title}`).waitFor();
  }

  async recordFiling(party: string, receivedOn: string, file?: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.byTestId(`filing-record-${party}`).click();
    await this.byTestId('filing-form').waitFor();
    await this.byTestId('filing-receivedOn').fill(receivedOn);
    if (file) await this.page.locator('.ant-modal input[type=file]').setInputFiles(file);
    await this.byTestId('filing-save').click();
    await this.byTestId('filing-form').waitFor({ state: 'detached' });
  }

  returnCount(title: string): Locator {
    return this.byTestId(`return-count-${title}`);
  }

  async showMissing(title: string): Promise<void> {
    await this.byTestId(`return-show-missing-${title}`).click();
  }

  /** The parties a return's card lists, in order. */
  async partiesListed(title: string): Promise<string[]> {
    const rows = this.byTestId(`return-${title}`).locator('tbody tr[data-testid^="party-row-"]');
    return (await rows.evaluateAll((list) => list.map((r) => r.getAttribute('data-testid') ?? ''))).map((id) => id.replace(/^party-row-/, ''));
  }

  async tieInspection(label: string): Promise<void> {
    await this.openTab('inspections');
    await this.byTestId('inspection-tie').click();
    await this.byTestId('tie-form').waitFor();
    await this.typeAndPick('tie-inspection', label);
    await this.byTestId('tie-save').click();
    await this.byTestId('tie-form').waitFor({ state: 'detached' });
  }

  async setFund(input: FundInput): Promise<void> {
    await this.openTab('funds');
    await this.byTestId('fund-set').click();
    await this.byTestId('fund-form').waitFor();
    if (input.estates === 'all') await this.byTestId('fund-all-estates').click();
    else await this.pickMany('fund-estates', input.estates);
    await this.byTestId('fund-planned').fill(input.planned);
    for (const [i, share] of input.shares.entries()) {
      if (i > 0) await this.byTestId('fund-add-share').click();
      // A new row starts from the next usual source; pick only when it differs.
      if ((await this.byTestId(`fund-share-${i}-source`).innerText()).trim() !== share.source) await this.choose(`fund-share-${i}-source`, share.source);
      await this.byTestId(`fund-share-${i}-amount`).fill(share.amount);
      await this.byTestId(`fund-share-${i}-upfront`).fill(share.upfront);
    }
    await this.byTestId('fund-save').click();
    await this.byTestId('fund-form').waitFor({ state: 'detached' });
  }

  async recordPayment(estate: string, payment: { source: string; stage: string; paidOn: string; amount: string }): Promise<void> {
    await this.byTestId(`fund-pay-${estate}`).click();
    await this.byTestId('payment-form').waitFor();
    await this.choose('payment-source', payment.source);
    await this.choose('payment-stage', payment.stage);
    await this.byTestId('payment-paidOn').fill(payment.paidOn);
    await this.byTestId('payment-amount').fill(payment.amount);
    await this.byTestId('payment-save').click();
  }

  fundRow(estate: string): Locator {
    return this.byTestId(`fund-row-${estate}`);
  }

  async exportReport(): Promise<{ suggestedName: string; saveAs(path: string): Promise<void> }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.byTestId('campaign-export-report').click()]);
    return { suggestedName: download.suggestedFilename(), saveAs: (p) => download.saveAs(p) };
  }

  async openPrintPreview(): Promise<Locator> {
    await this.byTestId('campaign-print-report').click();
    const preview = this.byTestId('report-print-preview');
    await preview.waitFor();
    return preview;
  }
}
