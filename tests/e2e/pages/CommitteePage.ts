import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import type { AppPage } from './AppPage';

export interface MemberInput {
  name: string;
  role: '主任' | '副主任' | '委员';
  phone?: string;
  building?: string;
  room?: string;
}

export interface MeetingInput {
  kind: '首次业主大会' | '定期会议' | '临时会议';
  heldOn: string;
  convenedBy?: string;
  attendingOwners?: string;
  ownerSharePercent?: string;
  areaSharePercent?: string;
  resolutions?: string;
}

/** Page helpers for owners' assemblies and committees: the estate panel and the coverage page. */
export class CommitteePage {
  constructor(readonly app: AppPage) {}

  byTestId(id: string): Locator {
    return this.app.byTestId(id);
  }

  /** Types an ISO day into the antd date picker with test id `testId` and commits it. */
  async fillDate(testId: string, iso: string): Promise<void> {
    const input = this.byTestId(testId);
    await input.click();
    await input.fill(iso);
    await input.press('Enter');
  }

  async openEstate(name: string): Promise<void> {
    await this.app.navigate('estates');
    await this.byTestId(`estate-open-${name}`).click();
    await this.byTestId('committee-panel').waitFor();
  }

  async openCoverage(): Promise<void> {
    await this.byTestId('nav-committees').click();
    await this.byTestId('committees-page').waitFor();
  }

  async save(form: string): Promise<void> {
    await this.byTestId(`${form}-save`).click();
    await this.byTestId(`${form}-form`).waitFor({ state: 'detached' });
  }

  async formPreparatoryGroup(formedOn: string, members: string, representative: string): Promise<void> {
    await this.byTestId('group-add').click();
    await this.byTestId('group-form').waitFor();
    await this.fillDate('group-formedOn', formedOn);
    await this.byTestId('group-members').fill(members);
    await this.byTestId('group-communityRepresentative').fill(representative);
    await this.save('group');
  }

  async recordMeeting(input: MeetingInput): Promise<void> {
    await this.byTestId('meeting-add').click();
    await this.byTestId('meeting-form').waitFor();
    await this.app.choose('meeting-kind', input.kind);
    await this.fillDate('meeting-heldOn', input.heldOn);
    for (const key of ['convenedBy', 'attendingOwners', 'ownerSharePercent', 'areaSharePercent', 'resolutions'] as const) {
      const value = input[key];
      if (value !== undefined) await this.byTestId(`meeting-${key}`).fill(value);
    }
    await this.save('meeting');
  }

  /** Records an election: the term with the given number and date, and its members. */
  async electCommittee(termNumber: number, electedOn: string, members: readonly MemberInput[]): Promise<void> {
    await this.byTestId('term-add').click();
    await this.byTestId('term-form').waitFor();
    await this.byTestId('term-termNumber').fill(String(termNumber));
    await this.fillDate('term-electedOn', electedOn);
    await this.save('term');
    await this.byTestId(`term-card-${termNumber}`).waitFor();
    for (const member of members) {
      await this.submitMember(termNumber, member);
      await this.byTestId('member-form').waitFor({ state: 'detached' });
      await this.byTestId(`member-row-${member.name}`).waitFor();
    }
  }

  /** Fills and submits the member form; the caller checks whether it was saved or refused. */
  async submitMember(termNumber: number, member: MemberInput): Promise<void> {
    await this.byTestId(`member-add-${termNumber}`).click();
    await this.byTestId('member-form').waitFor();
    await this.byTestId('member-name').fill(member.name);
    await this.app.choose('member-role', member.role);
    if (member.phone !== undefined) await this.byTestId('member-phone').fill(member.phone);
    if (member.building !== undefined) await this.byTestId('member-building').fill(member.building);
    if (member.room !== undefined) await this.byTestId('member-room').fill(member.room);
    await this.byTestId('member-save').click();
  }

  async cancelForm(form: string): Promise<void> {
    await this.app.page.locator('.ant-modal-footer button').filter({ hasText: /取\s*消/ }).click();
    await this.byTestId(`${form}-form`).waitFor({ state: 'detached' });
  }

  async fileTerm(termNumber: number, filedOn: string, filingNumber: string): Promise<void> {
    await this.byTestId(`term-file-${termNumber}`).click();
    await this.byTestId('filing-form').waitFor();
    await this.fillDate('filing-filedOn', filedOn);
    await this.byTestId('filing-filingNumber').fill(filingNumber);
    await this.save('filing');
  }

  /** Clicks the coverage page's export and returns the downloaded file's name and bytes. */
  async exportCoverage(): Promise<{ name: string; bytes: Uint8Array }> {
    const [download] = await Promise.all([this.app.page.waitForEvent('download'), this.byTestId('coverage-export').click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(file)) };
  }

  status(): Locator {
    return this.byTestId('committee-status');
  }

  coverageCell(community: string | 'total', measure: string): Locator {
    return this.byTestId(`coverage-${community}-${measure}`);
  }
}
