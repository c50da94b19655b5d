import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Estate } from '../../shared/estates';
import { messagesFor } from '../../shared/i18n/catalogs';
import { mergeStaleSave } from '../components/testing/staleSave';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { createCommunity, createEstate } from '../estates';
import { campaignConflict, campaignDraft, campaignFormValues } from './campaignForm';
import { createCampaign, tieInspection, updateCampaign } from './campaignRepository';
import { fundConflict, fundFormValues } from './fundForm';
import { saveFunds } from './fundRepository';
import { taskConflict, taskDraft, taskFormValues } from './taskForm';
import { addProgressNote, createTask, updateTask } from './taskRepository';
import { createInspection } from '../inspections';

let db: StreetLedgerDb;
let estates: Estate[];
beforeEach(async () => {
  db = await openTestDb();
  const community = await createCommunity(db, { name: '融城社区' });
  estates = [await createEstate(db, { communityId: community.id, name: '万家花园' }), await createEstate(db, { communityId: community.id, name: '阳光城' })];
});
afterEach(() => db.close());

const zh = messagesFor('zh-CN');

describe('stale saves of a campaign and what it holds', () => {
  it('a campaign: estates by name and phases one line each, both edits kept', async () => {
    const campaign = await createCampaign(db, { name: '物业管理规范提升专项行动', year: 2026, estateIds: [estates[0]!.id], phases: [{ name: '动员部署', startsOn: '2026-08-01', endsOn: '2026-08-10' }] });
    const opened = campaignFormValues(campaign);
    await updateCampaign(db, campaign.id, campaignDraft({ ...opened, estateIds: [estates[0]!.id, estates[1]!.id] }), campaign.updatedAt);
    const view = campaignConflict(zh, (id) => estates.find((e) => e.id === id)?.name ?? id);

    const { listed } = await mergeStaleSave({
      view,
      opened,
      version: campaign.updatedAt,
      mine: { ...opened, sourceRef: '福清建〔2026〕8号', phases: [...opened.phases, { name: '自查自纠', startsOn: '2026-08-15', endsOn: '2026-10-05' }] },
      save: (values, edited) => updateCampaign(db, campaign.id, campaignDraft(values), edited),
    });

    expect(Object.fromEntries(Object.entries(listed).map(([f, l]) => [f, l.changedBy]))).toEqual({ sourceRef: 'mine', estateIds: 'theirs', phases: 'mine' });
    expect(view.display?.('estateIds', [estates[0]!.id, estates[1]!.id])).toBe('万家花园、阳光城');
    expect(view.display?.('phases', opened.phases)).toBe('动员部署（2026-08-01 至 2026-08-10）');
    expect(await db.campaigns.get(campaign.id)).toMatchObject({ sourceRef: '福清建〔2026〕8号', estateIds: [estates[0]!.id, estates[1]!.id], phases: [{ name: '动员部署' }, { name: '自查自纠' }] });
  });

  it('a campaign tied to an inspection meanwhile: nothing the form shows moved, so the edit is saved on it and the tie stays', async () => {
    const campaign = await createCampaign(db, { name: '专项治理', year: 2026, estateIds: [estates[0]!.id] });
    const opened = campaignFormValues(campaign);
    const inspection = await createInspection(db, { estateId: estates[0]!.id, inspectedOn: '2026-08-02', time: '09:30', kind: '抽查', inspectors: '张敏' });
    await tieInspection(db, campaign.id, inspection.id, true);
    const { asked } = await mergeStaleSave({ view: campaignConflict(zh, String), opened, version: campaign.updatedAt, mine: { ...opened, goalText: '规范市场秩序' }, save: (values, edited) => updateCampaign(db, campaign.id, campaignDraft(values), edited) });
    expect(asked).toBe(false);
    expect(await db.campaigns.get(campaign.id)).toMatchObject({ goalText: '规范市场秩序', inspectionIds: [inspection.id] });
  });

  it('a task: a progress note added meanwhile makes the edit stale, and neither the note nor the edit is lost', async () => {
    const campaign = await createCampaign(db, { name: '专项治理', year: 2026, estateIds: [] });
    const task = await createTask(db, { campaignId: campaign.id, title: '制订方案', dueOn: '2026-08-20', leadDepartment: '市建设局' });
    const opened = taskFormValues(task, '', zh);
    await updateTask(db, task.id, taskDraft(campaign.id, { ...opened, dueOn: '2026-08-25' }), task.updatedAt);
    await addProgressNote(db, task.id, { on: '2026-08-05', text: '已布置' });

    const { listed } = await mergeStaleSave({
      view: taskConflict(zh),
      opened,
      version: task.updatedAt,
      mine: { ...opened, dueOn: '2026-08-30', responsibleDepartments: '各物业服务企业、社区' },
      save: (values, edited) => updateTask(db, task.id, taskDraft(campaign.id, values), edited),
      choose: { dueOn: 'theirs' },
    });

    expect(listed.dueOn).toMatchObject({ label: '完成时限', changedBy: 'both', theirs: '2026-08-25', mine: '2026-08-30' });
    expect(await db.campaignTasks.get(task.id)).toMatchObject({ dueOn: '2026-08-25', responsibleDepartments: ['各物业服务企业', '社区'], notes: [{ text: '已布置' }] });
  });

  it('a fund: the sources shown one line each, the plan chosen per field', async () => {
    const campaign = await createCampaign(db, { name: '社区物业化服务', year: 2026, estateIds: [estates[0]!.id] });
    const [fund] = await saveFunds(db, { campaignId: campaign.id, planned: '10万', shares: [{ source: 'district', amount: '10万', upfront: '2万' }] }, [estates[0]!.id]);
    if (!fund) throw new Error('no fund');
    const opened = fundFormValues(fund, null);
    const save = (values: typeof opened, edited: number) => saveFunds(db, { campaignId: campaign.id, planned: values.planned, shares: values.shares }, values.estateIds, edited);
    await save({ ...opened, shares: [{ source: 'district', amount: '50000', upfront: '20000' }, { source: 'street', amount: '50000', upfront: '20000' }] }, fund.updatedAt);
    const view = fundConflict(zh);

    const { listed } = await mergeStaleSave({ view, opened, version: fund.updatedAt, mine: { ...opened, planned: '12万', shares: [{ source: 'district', amount: '12万', upfront: '2万' }] }, save, choose: { shares: 'theirs', planned: 'theirs' } });

    expect(Object.keys(listed)).toEqual(['planned', 'shares']);
    expect(view.display?.('shares', opened.shares)).toBe('区级 100000 元（启动 20000 元）');
    expect(await db.campaignFunds.get(fund.id)).toMatchObject({ plannedFen: 10_000_000, shares: [{ source: 'district', fen: 5_000_000 }, { source: 'street', fen: 5_000_000 }] });
  });
});
