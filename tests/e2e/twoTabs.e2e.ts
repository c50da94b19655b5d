import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppPage } from './pages/AppPage';
import { CommitteePage } from './pages/CommitteePage';
import { FaultsPage, StaleEditHelper } from './pages/FaultsPage';
import { launchApp, type AppBrowser } from './support/browser';

/**
 * Two edit dialogs of one record, in two tabs of the same profile (one IndexedDB): the second
 * save does not silently undo the first. It is refused with "这条记录在您打开后已被修改", both
 * versions are shown, and the clerk merges them field by field — an estate, a community, a
 * committee term, and an estate whose merged class still asks for its reason.
 */
describe('two editors of one record', () => {
  let browser: AppBrowser;
  let first: AppPage;
  let second: AppPage;
  let secondPage: Page;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    first = new AppPage(browser.page);
    await first.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await first.addCommunity({ name: '太平社区' });
    await first.addEstate({ name: '锦绣花园', community: '太平社区', households: '300' });
    secondPage = await browser.newPage();
    await secondPage.goto(browser.page.url());
    second = new AppPage(secondPage);
    await second.navigate('estates');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses the stale save, shows both versions and keeps what the clerk picks of each', async () => {
    const a = new StaleEditHelper(browser.page);
    const b = new StaleEditHelper(secondPage);
    await first.navigate('estates');
    await a.openEstateEdit('锦绣花园');
    await b.openEstateEdit('锦绣花园');

    await second.byTestId('estate-households').fill('320');
    await second.byTestId('estate-save').click();
    await second.byTestId('estate-form').waitFor({ state: 'detached' });

    await first.byTestId('estate-address').fill('桂花路12号（东门）');
    await first.byTestId('estate-save').click();
    await first.expectText(a.refused(), '这条记录在您打开后已被修改');
    expect(await a.versions('households')).toEqual(['320', '300']);
    expect(await a.versions('address')).toEqual(['（空）', '桂花路12号（东门）']);

    await a.choose('theirs', 'households');
    await a.saveChosen();
    await first.byTestId('estate-form').waitFor({ state: 'detached' });
    expect(await first.estateRowText('锦绣花园')).toContain('320');
    // Both changes are in the stored estate, as either tab now opens it.
    await b.openEstateEdit('锦绣花园');
    expect(await secondPage.getByTestId('estate-address').inputValue()).toBe('桂花路12号（东门）');
    expect(await secondPage.getByTestId('estate-households').inputValue()).toBe('320');
    await second.cancelEstateForm();
  });

  it('a community: a field both tabs changed is chosen, one only this tab changed is kept, one only the other changed stays', async () => {
    const a = new StaleEditHelper(browser.page);
    const b = new StaleEditHelper(secondPage);
    await first.navigate('communities');
    await second.navigate('communities');
    await a.openCommunityEdit('太平社区');
    await b.openCommunityEdit('太平社区');

    await second.byTestId('community-director').fill('李强');
    await second.byTestId('community-plannedTotal').fill('12');
    await second.byTestId('community-save').click();
    await second.byTestId('community-form').waitFor({ state: 'detached' });

    await first.byTestId('community-director').fill('赵敏');
    await first.byTestId('community-phone').fill('023-1234');
    await first.byTestId('community-save').click();
    await first.expectText(a.refused(), '这条记录在您打开后已被修改');
    expect(await a.listedFields()).toEqual(['director', 'phone', 'plannedTotal']);
    expect(await a.row('director')).toEqual(['负责人', '双方']);
    expect(await a.row('phone')).toEqual(['联系电话', '您']);
    expect(await a.row('plannedTotal')).toEqual(['规划总数', '对方']);
    expect(await a.versions('director')).toEqual(['李强', '赵敏']);

    // Closed without a choice: back in the form with what was typed, and saving shows both again.
    await a.back();
    expect(await new FaultsPage(browser.page).valueOf('community-director')).toBe('赵敏');
    await first.byTestId('community-save').click();
    await first.expectText(a.refused(), '这条记录在您打开后已被修改');

    await a.choose('theirs', 'director');
    await a.saveChosen();
    await first.byTestId('community-form').waitFor({ state: 'detached' });
    await expect.poll(() => first.byTestId('community-row-太平社区').innerText(), { timeout: 10_000 }).toMatch(/李强\s+023-1234\s+1\s+12/);
    await expect.poll(() => second.byTestId('community-row-太平社区').innerText(), { timeout: 10_000 }).toMatch(/李强\s+023-1234\s+1\s+12/);
  });

  it('a committee term: the notes of the other tab are kept, this tab’s filing too', async () => {
    const a = new StaleEditHelper(browser.page);
    const b = new StaleEditHelper(secondPage);
    const firstCommittee = new CommitteePage(first);
    await firstCommittee.openEstate('锦绣花园');
    await firstCommittee.electCommittee(1, '2024-03-01', []);
    await new CommitteePage(second).openEstate('锦绣花园');
    await second.byTestId('term-card-1').waitFor();
    await a.openTermEdit(1);
    await b.openTermEdit(1);

    await second.byTestId('term-notes').fill('2024年换届');
    await second.byTestId('term-save').click();
    await second.byTestId('term-form').waitFor({ state: 'detached' });

    await first.byTestId('term-notes').fill('补记');
    await firstCommittee.fillDate('term-filedOn', '2024-04-01');
    await first.byTestId('term-filingNumber').fill('备-1');
    await first.byTestId('term-save').click();
    await first.expectText(a.refused(), '这条记录在您打开后已被修改');
    expect(await a.listedFields()).toEqual(['filedOn', 'filingNumber', 'notes']);
    expect(await a.versions('filedOn')).toEqual(['（空）', '2024-04-01']);
    expect(await a.versions('notes')).toEqual(['2024年换届', '补记']);
    expect(await a.versions('filingNumber')).toEqual(['（空）', '备-1']);

    await a.choose('theirs', 'notes');
    await a.saveChosen();
    await first.byTestId('term-form').waitFor({ state: 'detached' });
    for (const page of [first, second]) {
      await expect.poll(() => page.byTestId('term-card-1').innerText(), { timeout: 10_000 }).toContain('2024年换届');
      expect(await page.byTestId('term-card-1').innerText()).toContain('备-1');
    }
    expect(await first.byTestId('term-card-1').innerText()).not.toContain('补记');
  });

  it('an estate whose class the clerk takes back in the merge still asks for the reason before saving', async () => {
    const a = new StaleEditHelper(browser.page);
    const b = new StaleEditHelper(secondPage);
    const faults = new FaultsPage(browser.page);
    await first.navigate('estates');
    await second.navigate('estates');
    await a.openEstateEdit('锦绣花园');
    await b.openEstateEdit('锦绣花园');

    await second.choose('estate-estateClass', '二类');
    await second.byTestId('estate-reason').fill('复核为二类');
    await second.byTestId('estate-save').click();
    await second.byTestId('estate-form').waitFor({ state: 'detached' });

    await first.byTestId('estate-notes').fill('东门改造');
    await first.byTestId('estate-save').click();
    await first.expectText(a.refused(), '这条记录在您打开后已被修改');
    expect(await a.listedFields()).toEqual(['estateClass', 'notes']);
    expect(await a.versions('estateClass')).toEqual(['二类', '未分类']);

    await a.choose('mine', 'estateClass');
    await a.saveChosen();
    // The merged save changes the class of the stored estate: the form asks why, nothing is written yet.
    await first.expectText(faults.fieldError('estate-reason'), '修改类别时须填写，记入变更记录');
    expect(await first.estateRowText('锦绣花园')).toContain('二类');
    await first.byTestId('estate-reason').fill('以台账为准');
    await first.byTestId('estate-save').click();
    await first.byTestId('estate-form').waitFor({ state: 'detached' });
    await expect.poll(() => first.estateRowText('锦绣花园'), { timeout: 10_000 }).toContain('未分类');
    await a.openEstateEdit('锦绣花园');
    expect(await browser.page.getByTestId('estate-notes').inputValue()).toBe('东门改造');
    await first.cancelEstateForm();
  });
});
