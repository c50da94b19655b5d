import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchApp, type AppBrowser } from './support/browser';
import { AppPage } from './pages/AppPage';
import { ExchangePageHelper } from './pages/ExchangePage';
import { CommitteePage } from './pages/CommitteePage';

/**
 * Issue 4's journey on a fixed day (10 June 2024): a preparatory group, the first assembly, a
 * committee of five elected on 15 May, 已选举未备案 with its deadline on the home page, the
 * filing, 已备案, and the coverage table following along.
 */
describe("owners' assembly and committee journey", () => {
  let browser: AppBrowser;
  let app: AppPage;
  let committee: CommitteePage;

  beforeAll(async () => {
    browser = await launchApp(inject('appUrl'));
    await browser.page.clock.setFixedTime(new Date('2024-06-10T09:00:00+08:00'));
    await browser.page.reload();
    app = new AppPage(browser.page);
    committee = new CommitteePage(app);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts with two estates, neither with a committee', async () => {
    await app.completeFirstRun('牌楼街道', '南岸区', '张敏');
    await app.addCommunity({ name: '太平社区' });
    await app.addEstate({ name: '锦绣花园', community: '太平社区', estateClass: '一类', households: '400' });
    await app.addEstate({ name: '机关宿舍', community: '太平社区', estateClass: '二类', households: '60' });
    await app.expectText(app.byTestId('estate-committee-锦绣花园'), '未组建');
    await app.expectText(app.byTestId('estate-committee-机关宿舍'), '未组建');
  });

  it('forms a preparatory group and holds the first assembly: 筹备中', async () => {
    await committee.openEstate('锦绣花园');
    await app.expectText(committee.status(), '未组建');
    await committee.formPreparatoryGroup('2024-03-01', '张三、李四、王五', '刘主任');
    await app.expectText(committee.status(), '筹备中');
    expect(await app.byTestId('group-item-0').innerText()).toContain('张三、李四、王五');
    await committee.recordMeeting({
      kind: '首次业主大会',
      heldOn: '2024-05-15',
      convenedBy: '筹备组',
      attendingOwners: '300',
      ownerSharePercent: '75%',
      areaSharePercent: '78',
      resolutions: '通过管理规约；选举第一届业主委员会',
    });
    const meeting = await app.byTestId('meeting-row-2024-05-15').innerText();
    expect(meeting).toContain('首次业主大会');
    expect(meeting).toContain('参会 300 人 · 占业主 75% · 占面积 78%');
    await app.expectText(committee.status(), '筹备中');
  });

  it('elects a committee of five: 已选举未备案, with its filing deadline', async () => {
    await committee.electCommittee(1, '2024-05-15', [
      { name: '王建国', role: '主任', phone: '13800000001', building: '1栋', room: '101' },
      { name: '李梅', role: '副主任' },
      { name: '张伟', role: '委员' },
      { name: '刘洋', role: '委员' },
      { name: '陈静', role: '委员' },
    ]);
    await app.expectText(committee.status(), '已选举未备案');
    await app.expectText(app.byTestId('committee-due'), '备案期限 2024-06-14');
    expect(await app.byTestId('term-facts-1').innerText()).toContain('2024-05-15 ~ 2029-05-15');
    expect(await app.byTestId('term-members-1').locator('tbody tr').count()).toBe(5);
  });

  it('refuses a second chair in Chinese and keeps the roster', async () => {
    await committee.submitMember(1, { name: '赵强', role: '主任' });
    await expect
      .poll(async () => (await app.page.locator('.save-refused').allInnerTexts()).join('\n'))
      .toContain('同一时间只能有一名主任，“王建国”在此期间已任主任');
    await committee.cancelForm('member');
    expect(await app.byTestId('term-members-1').locator('tbody tr').count()).toBe(5);
  });

  it("puts the filing due this week on the home page and the status in the estate table", async () => {
    await app.navigate('home');
    const action = app.byTestId('committee-action-锦绣花园');
    await action.waitFor();
    expect(await action.innerText()).toContain('备案期限将到');
    expect(await action.innerText()).toContain('还有 4 天');
    await app.navigate('estates');
    await app.expectText(app.byTestId('estate-committee-锦绣花园'), '已选举未备案');
  });

  it('shows the coverage before filing', async () => {
    await committee.openCoverage();
    await app.expectText(committee.coverageCell('太平社区', 'estates'), '2');
    await app.expectText(committee.coverageCell('太平社区', 'withAssembly'), '1');
    await app.expectText(committee.coverageCell('太平社区', 'withCommittee'), '1');
    await app.expectText(committee.coverageCell('太平社区', 'withCommittee-share'), '50.0%');
    await app.expectText(committee.coverageCell('太平社区', 'filed'), '0');
    await app.expectText(committee.coverageCell('total', 'filed-share'), '0.0%');
  });

  it('files the committee: 已备案, off the home list, and the coverage follows', async () => {
    await committee.openEstate('锦绣花园');
    await committee.fileTerm(1, '2024-06-05', '太备〔2024〕12号');
    await app.expectText(committee.status(), '已备案');
    await app.expectText(app.byTestId('term-filing-1'), '2024-06-05 备案，备案号 太备〔2024〕12号');
    await app.navigate('home');
    await app.expectText(app.byTestId('committee-actions').locator('.ant-empty-description, .ant-table-placeholder').first(), '本周没有需要办理的业委会事项。');
    await committee.openCoverage();
    await app.expectText(committee.coverageCell('太平社区', 'filed'), '1');
    await app.expectText(committee.coverageCell('total', 'filed-share'), '50.0%');
    await app.expectText(app.byTestId('coverage-status-filed').locator('.ant-tag').nth(1), '1');
    await app.expectText(app.byTestId('coverage-status-none').locator('.ant-tag').nth(1), '1');
  });

  it('counts by class: the class I estate is covered, the class II one is not', async () => {
    await app.page.getByTestId('coverage-view').getByText('一类').click();
    await app.expectText(committee.coverageCell('太平社区', 'estates'), '1');
    await app.expectText(committee.coverageCell('太平社区', 'filed-share'), '100.0%');
    await app.page.getByTestId('coverage-view').getByText('二类').click();
    await app.expectText(committee.coverageCell('太平社区', 'filed'), '0');
  });

  it('exports the coverage report in the district layout, as of the day shown', async () => {
    await app.page.getByTestId('coverage-view').getByText('全部小区').click();
    const { name, bytes } = await committee.exportCoverage();
    expect(name).toBe('牌楼街道业委会覆盖情况_2024-06-10.xlsx');
    const book = XLSX.read(bytes, { type: 'array' });
    expect(book.SheetNames).toEqual(['覆盖情况', '各小区状态']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['覆盖情况']!, { header: 1, defval: null });
    expect(rows[0]?.[0]).toBe('牌楼街道业主大会、业主委员会组建情况统计表');
    expect(rows[1]?.[9]).toBe('统计日期：2024-06-10');
    expect(rows[4]).toEqual([1, '太平社区', '合计', 2, 1, 0.5, 1, 0.5, 1, 0.5, 0, 0]);
    expect(rows.at(-4)).toEqual(['街道合计', null, '合计', 2, 1, 0.5, 1, 0.5, 1, 0.5, 0, 0]);
    const merges = (book.Sheets['覆盖情况']!['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m));
    expect(merges).toEqual(expect.arrayContaining(['A1:L1', 'E3:F3']));
    const statuses = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['各小区状态']!, { header: 1, defval: null });
    expect(statuses.slice(3).map((r) => [r[2], r[4]])).toEqual([['锦绣花园', '已备案'], ['机关宿舍', '未组建']]);
  });

  it('takes the term length from the settings for an election recorded without an end', async () => {
    await app.navigate('settings');
    await app.byTestId('settings-committeeTermYears').fill('3');
    await app.byTestId('settings-submit').click();
    await app.page.locator('.ant-message').getByText('设置已保存').waitFor();
    await committee.openEstate('机关宿舍');
    await committee.electCommittee(1, '2024-06-01', []);
    expect(await app.byTestId('term-facts-1').innerText()).toContain('2024-06-01 ~ 2027-06-01');
    await app.expectText(committee.status(), '已选举未备案');
  });

  it('exports the full workbook with the committees and re-imports it as a no-op', async () => {
    const exchange = new ExchangePageHelper(app);
    await exchange.open();
    const { name, bytes } = await exchange.download('export-full');
    const book = XLSX.read(bytes, { type: 'array' });
    // Every kind the import reads back, then the change history (issue 9).
    expect(book.SheetNames).toEqual(['社区', '小区', '业委会届次', '业委会成员', '检查台账', '筹备组', '业主大会会议', '满意度测评', '整改通知书', '投诉件', '变更记录']);
    const members = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['业委会成员']!, { header: 1, defval: null });
    expect(members.length - 1).toBe(5);

    await exchange.importFile(name, bytes);
    for (const kind of ['communities', 'estates', 'committeeTerms', 'committeeMembers']) {
      await app.byTestId(`preview-${kind}-card`).waitFor();
    }
    expect(await app.byTestId('preview-committeeMembers-tabs').innerText()).toContain('未变 5');
    expect(await app.byTestId('preview-estates-tabs').innerText()).toContain('新增 0');
    expect(await app.byTestId('import-commit').isDisabled()).toBe(true);
    await app.byTestId('import-cancel').click();
  });
});
