import type { Locator, Page } from 'playwright-core';
import { InspectionPage } from './InspectionPage';

export interface ComplaintInput {
  channel: string;
  workOrderNumber?: string;
  hotlineDeadline?: string;
  name: string;
  phone: string;
  /** As the estate box lists it: 太平社区 / 万科a区. */
  estate?: string;
  category: string;
  content: string;
}

export type StepInput =
  | { step: 'accepted' | 'concluded'; note?: string }
  | { step: 'rejected' | 'reopened'; reason: string }
  | { step: 'assigned'; assignee: string }
  | { step: 'mediated'; parties: string; agreed: string }
  | { step: 'extended'; days: string; reason: string }
  | { step: 'replied'; reply: string }
  | { step: 'visited'; satisfaction: 'satisfied' | 'basic' | 'unsatisfied'; note?: string };

/** Page helpers for complaints and petitions; the journey speaks in the clerk's terms. */
export class ComplaintPage extends InspectionPage {
  constructor(page: Page) {
    super(page);
  }

  async openComplaints(): Promise<void> {
    await this.navigate('complaints');
  }

  async recordComplaint(input: ComplaintInput): Promise<void> {
    await this.byTestId('complaint-add').click();
    await this.byTestId('complaint-form').waitFor();
    await this.choose('complaint-channel', input.channel);
    if (input.workOrderNumber !== undefined) await this.byTestId('complaint-workOrderNumber').fill(input.workOrderNumber);
    if (input.hotlineDeadline !== undefined) await this.byTestId('complaint-hotlineDeadline').fill(input.hotlineDeadline);
    await this.byTestId('complaint-complainantName').fill(input.name);
    await this.byTestId('complaint-complainantPhone').fill(input.phone);
    if (input.estate !== undefined) await this.choose('complaint-estate', input.estate);
    await this.choose('complaint-category', input.category);
    await this.byTestId('complaint-content').fill(input.content);
    await this.byTestId('complaint-save').click();
    await this.byTestId('complaint-form').waitFor({ state: 'detached' });
  }

  drawer(): Locator {
    return this.byTestId('complaint-drawer');
  }

  async complaintStatus(): Promise<string> {
    return (await this.drawer().getByTestId('complaint-status').innerText()).trim();
  }

  async takeStep(input: StepInput): Promise<void> {
    await this.drawer().getByTestId(`complaint-step-${input.step}`).click();
    await this.byTestId('step-form').waitFor();
    switch (input.step) {
      case 'rejected':
      case 'reopened':
        await this.byTestId('step-reason').fill(input.reason);
        break;
      case 'assigned':
        await this.byTestId('step-assignee').fill(input.assignee);
        break;
      case 'mediated':
        await this.byTestId('step-parties').fill(input.parties);
        await this.byTestId('step-agreed').fill(input.agreed);
        break;
      case 'extended':
        await this.byTestId('step-days').fill(input.days);
        await this.byTestId('step-reason').fill(input.reason);
        break;
      case 'replied':
        await this.byTestId('step-reply').fill(input.reply);
        break;
      case 'visited':
        await this.byTestId(`step-satisfaction-${input.satisfaction}`).click();
        if (input.note) await this.byTestId('step-note').fill(input.note);
        break;
      default:
        if (input.note) await this.byTestId('step-note').fill(input.note);
    }
    await this.byTestId('step-save').click();
    await this.byTestId('step-form').waitFor({ state: 'detached' });
  }

  /** Closes every drawer, the nested ones (an inspection made from the complaint, its notice) first. */
  async closeAllDrawers(): Promise<void> {
    for (let i = 0; i < 8 && (await this.page.locator('.ant-drawer-open').count()) > 0; i++) {
      await this.page.locator('.ant-drawer-open .ant-drawer-close').last().click();
      await this.page.waitForTimeout(300);
    }
  }

  ledgerRow(number: string): Locator {
    return this.byTestId(`complaint-row-${number}`);
  }

  homeComplaint(number: string): Locator {
    return this.byTestId(`home-complaint-${number}`);
  }

  async issueNoticeFromInspection(deadline: string): Promise<void> {
    await this.byTestId('inspection-drawer').waitFor();
    await this.byTestId('inspection-issue').click();
    await this.byTestId('issue-form').waitFor();
    await this.byTestId('issue-responsibleParty').fill('万科物业');
    await this.byTestId('issue-deadline').fill(deadline);
    await this.byTestId('issue-save').click();
    await this.byTestId('issue-form').waitFor({ state: 'detached' });
    await this.byTestId('notice-drawer').waitFor();
  }
}
