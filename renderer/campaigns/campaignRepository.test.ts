import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summariseCampaign } from '../../shared/campaigns';
import type { Estate } from '../../shared/estates';
import { refusal } from '../db/testing/expectRefused';
import { openTestDb } from '../db/testing/testDb';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { createCommunity } from '../estates/communityRepository';
import { createEstate } from '../estates/estateRepository';
import { createInspection } from '../inspections/inspectionRepository';
import { createSurvey } from '../inspections/surveyRepository';
import { campaignFileOf } from './campaignFileRepository';
import { campaignDossier } from './campaignQueries';
import { createCampaign, deleteCampaign, tieInspection, updateCampaign } from './campaignRepository';
import { recordPayment, saveFund } from './fundRepository';
import { createReturn, deleteReturn, recordFiling } from './returnRepository';
import { addProgressNote, createTask, updateTask } from './taskRepository';

let db: StreetLedgerDb;
let estates: Estate[];

/** Plan 1 as a clerk enters it: three phases with their dates. */
const plan1 = (estateIds: string[]) => ({
  name: '物业管理市场秩序专项治理',
  year: 2026,
  sourceRef: '福清市建设局〔2026〕8号',
  goalText: '规范市场秩序和服务行为',
  estateIds,
  phases: [
    { name: '前期准备与动员部署', startsOn: '2026-08-01', endsOn: '2026-08-10' },
    { name: '自查自纠', startsOn: '2026-08-15', endsOn: '2026-10-05' },
    { name: '整改抽查', startsOn: '2026-10-15', endsOn: '2026-11-15' },
  ],
  goals: [{ measure: 'returnsFiled', targetPercent: 100 }],
});

beforeEach(async () => {
  db = await openTestDb();
  const community = await createCommunity(db, { name: '融城社区' });
  estates = [];
  for (const [name, company] of [['福清万家花园', '万家物业'], ['融侨锦江', '融侨物业'], ['阳光城', '阳光物业'], ['鑫达小区', '鑫达物业']] as const) {
    estates.push(await createEstate(db, { communityId: community.id, name, company }));
  }
});
afterEach(() => db.close());

describe('campaigns', () => {
  it('keeps plan 1 with its phases in date order, and refuses the same name twice in a year', async () => {
    const campaign = await createCampaign(db, { ...plan1(estates.map((e) => e.id)), phases: [...plan1([]).phases].reverse() });
    expect(campaign.phases.map((p) => p.name)).toEqual(['前期准备与动员部署', '自查自纠', '整改抽查']);
    expect((await refusal(createCampaign(db, { ...plan1([]), name: ' 物业管理市场秩序专项治理 ' }))).map((p) => p.code)).toEqual(['duplicateCampaign']);
    await createCampaign(db, { ...plan1([]), year: 2027 });
    const phaseBackwards = await refusal(updateCampaign(db, campaign.id, { phases: [{ name: '动员', startsOn: '2026-08-10', endsOn: '2026-08-01' }] }));
    expect(phaseBackwards.map((p) => `${p.field}:${p.code}`)).toEqual(['phases.0.endsOn:dateTooEarly']);
  });

  it('collects the self-inspection form: three companies file, one is missing, a tied 企业自查 counts', async () => {
    const campaign = await createCampaign(db, plan1(estates.map((e) => e.id)));
    const form = await createReturn(db, { campaignId: campaign.id, title: '自查检查表', dueOn: '2026-09-05', partyKind: 'company', inspectionKinds: ['selfInspection'] });
    const scan = campaignFileOf(new File(['自查表'], '万家物业自查表.pdf', { type: 'application/pdf' }), 1);
    await recordFiling(db, form.id, { kind: 'company', name: '万家物业' }, { receivedOn: '2026-09-01' }, scan);
    await recordFiling(db, form.id, { kind: 'company', name: '融侨物业' }, { receivedOn: '2026-09-03' });
    expect((await refusal(recordFiling(db, form.id, { kind: 'company', name: '融侨 物业' }, { receivedOn: '2026-09-04' }))).map((p) => p.code)).toEqual(['duplicateFiling']);
    const self = await createInspection(db, { estateId: estates[2]!.id, inspectedOn: '2026-09-02', kind: '企业自查', inspectors: '万家物业', categories: {} });
    await tieInspection(db, campaign.id, self.id, true);

    const summary = summariseCampaign((await campaignDossier(db, campaign.id))!, '2026-09-06');
    const [line] = summary.returns;
    expect(line?.checklist.received).toBe(3);
    expect(line?.checklist.missing.map((l) => l.key)).toEqual(['company:鑫达物业']);
    expect(line?.overdue).toBe(true);
    expect(await db.campaignFiles.get(scan.id)).toMatchObject({ name: '万家物业自查表.pdf', size: scan.size });
    expect(summary.goals).toMatchObject([{ measure: 'returnsFiled', done: 3, of: 4, met: false }]);
    expect(summary.currentPhase?.name).toBe('自查自纠');

    // Deleting the return takes its filings and their files with it.
    await deleteReturn(db, form.id);
    expect(await db.campaignFilings.count()).toBe(0);
    expect(await db.campaignFiles.count()).toBe(0);
  });

  it('tracks tasks with lead and responsible departments and dated progress notes', async () => {
    const campaign = await createCampaign(db, plan1([]));
    const task = await createTask(db, { campaignId: campaign.id, title: '全面调查摸底', phase: '前期准备与动员部署', dueOn: '2026-08-10', leadDepartment: '建设局', responsibleDepartments: '社区、街道' });
    expect(task.responsibleDepartments).toEqual(['社区', '街道']);
    expect((await refusal(createTask(db, { campaignId: campaign.id, title: '全面调查摸底', dueOn: '2026-08-10' }))).map((p) => p.code)).toEqual(['duplicateTitle']);
    const attachment = campaignFileOf(new File(['x'], '摸底表.xlsx'), 1);
    await addProgressNote(db, task.id, { on: '2026-08-05', text: '已完成 3 个社区' }, [attachment]);
    let summary = summariseCampaign((await campaignDossier(db, campaign.id))!, '2026-08-06');
    expect(summary.tasks[0]?.status.code).toBe('inProgress');
    expect(summary.tasks[0]?.task.notes[0]?.attachments).toEqual([{ fileId: attachment.id, name: '摸底表.xlsx' }]);
    await updateTask(db, task.id, { doneOn: '2026-08-12' });
    summary = summariseCampaign((await campaignDossier(db, campaign.id))!, '2026-08-12');
    expect(summary.tasks[0]?.status).toMatchObject({ code: 'done', doneLate: true });
    expect((await refusal(deleteCampaign(db, campaign.id))).map((p) => p.code)).toEqual(['campaignHasRecords']);
  });

  it('pays plan 4’s start-up money, refuses more than a share, and holds the last payment until acceptance', async () => {
    const campaign = await createCampaign(db, { ...plan1([estates[0]!.id]), name: '社区物业化服务', finalPaymentNeedsAcceptance: true });
    const estate = estates[0]!;
    await saveFund(db, { campaignId: campaign.id, estateId: estate.id, planned: '10万', shares: [{ source: 'district', amount: '5万', upfront: '2万' }, { source: 'street', amount: '5万', upfront: '2万' }] });
    await recordPayment(db, { campaignId: campaign.id, estateId: estate.id, source: 'district', stage: 'upfront', paidOn: '2026-03-01', amount: '2万' });
    expect((await refusal(recordPayment(db, { campaignId: campaign.id, estateId: estate.id, source: 'district', stage: 'upfront', paidOn: '2026-03-02', amount: '30000.01' }))).map((p) => p.code)).toEqual(['exceedsShare']);
    const final = { campaignId: campaign.id, estateId: estate.id, source: 'district', stage: 'final', paidOn: '2026-08-20', amount: '3万' };
    expect((await refusal(recordPayment(db, final))).map((p) => p.code)).toEqual(['paymentNeedsAcceptance']);
    await createSurvey(db, { estateId: estate.id, surveyedOn: '2026-08-15', surveyed: 20, satisfied: 16 }, 0.85);
    expect((await refusal(recordPayment(db, final))).map((p) => p.code)).toEqual(['paymentNeedsAcceptance']);
    await createSurvey(db, { estateId: estate.id, surveyedOn: '2026-08-18', surveyed: 20, satisfied: 17 }, 0.85);
    await recordPayment(db, final);
    // Saving the fund again replaces it: still one per estate.
    await saveFund(db, { campaignId: campaign.id, estateId: estate.id, planned: '10万', shares: [{ source: 'district', amount: '5万', upfront: '2万' }, { source: 'street', amount: '4万', upfront: '2万' }] });
    const summary = summariseCampaign((await campaignDossier(db, campaign.id))!, '2026-08-21');
    expect(summary.funds).toHaveLength(1);
    expect(summary.fundTotals).toEqual({ plannedFen: 10_000_000, paidFen: 5_000_000, remainingFen: 5_000_000, findings: 1 });
    expect(summary.funds[0]?.balance.findings).toEqual([{ kind: 'sharesDoNotAddUp', plannedFen: 10_000_000, sharesFen: 9_000_000 }]);
    expect(summary.funds[0]?.acceptedOn).toBe('2026-08-18');
  });
});
