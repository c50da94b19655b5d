import type { AssemblyMeeting } from '../committees';
import type { Community, Estate } from '../estates';
import type { AcceptanceSurvey, Inspection, RectificationNotice } from '../inspections';
import type { Campaign } from './campaign';
import { phaseOn, type CampaignPhase } from './campaign';
import { fundBalance, type EstateFund, type FundBalance, type FundPayment } from './funds';
import { acceptedOn, goalProgress, type GoalProgress } from './goals';
import { returnChecklist, type CampaignReturn, type Checklist, type ReturnFiling } from './returns';
import type { CampaignTask } from './task';
import { isDueThisWeek, taskStatusOn, type TaskStatus } from './taskStatus';
import { sumFen, type Fen } from './money';

/** Everything recorded about one campaign, as the page and the progress report read it. */
export interface CampaignDossier {
  readonly campaign: Campaign;
  readonly communities: readonly Pick<Community, 'id' | 'name'>[];
  /** The campaign's estates, in the campaign's order. */
  readonly estates: readonly Estate[];
  readonly tasks: readonly CampaignTask[];
  readonly returns: readonly CampaignReturn[];
  readonly filings: readonly ReturnFiling[];
  readonly funds: readonly EstateFund[];
  readonly payments: readonly FundPayment[];
  /** The inspections tied to it. */
  readonly inspections: readonly Inspection[];
  /** Notices issued on those inspections. */
  readonly notices: readonly RectificationNotice[];
  readonly meetings: readonly AssemblyMeeting[];
  readonly surveys: readonly AcceptanceSurvey[];
}

export interface TaskLine {
  readonly task: CampaignTask;
  readonly status: TaskStatus;
}

export interface ReturnLine {
  readonly item: CampaignReturn;
  readonly checklist: Checklist;
  /** The deadline has passed with parties still missing. */
  readonly overdue: boolean;
}

export interface FundLine {
  readonly estate: Estate;
  readonly fund: EstateFund;
  readonly payments: readonly FundPayment[];
  readonly balance: FundBalance;
  readonly acceptedOn: string | null;
}

export interface CampaignSummary {
  readonly day: string;
  readonly currentPhase: CampaignPhase | null;
  readonly tasks: readonly TaskLine[];
  readonly taskCounts: Readonly<Record<TaskStatus['code'], number>>;
  readonly returns: readonly ReturnLine[];
  readonly funds: readonly FundLine[];
  readonly fundTotals: { readonly plannedFen: Fen; readonly paidFen: Fen; readonly remainingFen: Fen; readonly findings: number };
  readonly goals: readonly GoalProgress[];
}

/** The campaign on `day`: its phase, each task's status, each return's checklist, the funds, the goals. */
export function summariseCampaign(dossier: CampaignDossier, day: string): CampaignSummary {
  const { campaign } = dossier;
  const tasks = dossier.tasks.map((task) => ({ task, status: taskStatusOn(task, day) }));
  const taskCounts = { notStarted: 0, inProgress: 0, done: 0, overdue: 0 };
  for (const line of tasks) taskCounts[line.status.code] += 1;
  const inspections = dossier.inspections.filter((i) => i.inspectedOn <= day);
  const returns = dossier.returns.map((item) => {
    const checklist = returnChecklist(item, dossier.estates, dossier.filings.filter((f) => f.returnId === item.id), inspections);
    return { item, checklist, overdue: checklist.missing.length > 0 && day > item.dueOn };
  });
  const estateById = new Map(dossier.estates.map((e) => [e.id, e]));
  const funds = dossier.funds.flatMap((fund) => {
    const estate = estateById.get(fund.estateId);
    if (!estate) return [];
    const payments = dossier.payments.filter((p) => p.estateId === fund.estateId).sort((a, b) => a.paidOn.localeCompare(b.paidOn));
    const accepted = acceptedOn(dossier.surveys.filter((s) => s.estateId === fund.estateId));
    return [{ estate, fund, payments, balance: fundBalance(fund, payments, { required: campaign.finalPaymentNeedsAcceptance, acceptedOn: accepted }), acceptedOn: accepted }];
  });
  const order = new Map(dossier.estates.map((e, i) => [e.id, i]));
  funds.sort((a, b) => (order.get(a.estate.id) ?? 0) - (order.get(b.estate.id) ?? 0));
  const goals = goalProgress(campaign.goals, {
    estateIds: campaign.estateIds,
    meetings: dossier.meetings.filter((m) => m.heldOn <= day),
    notices: dossier.notices,
    surveys: dossier.surveys.filter((s) => s.surveyedOn <= day),
    returns: { received: sumFen(returns.map((r) => r.checklist.received)), expected: sumFen(returns.map((r) => r.checklist.lines.length)) },
    tasks: { done: taskCounts.done, of: tasks.length },
  });
  return {
    day,
    currentPhase: phaseOn(campaign.phases, day),
    tasks,
    taskCounts,
    returns,
    funds,
    fundTotals: {
      plannedFen: sumFen(funds.map((f) => f.balance.plannedFen)),
      paidFen: sumFen(funds.map((f) => f.balance.paidFen)),
      remainingFen: sumFen(funds.map((f) => f.balance.remainingFen)),
      findings: sumFen(funds.map((f) => f.balance.findings.length)),
    },
    goals,
  };
}

/** A deadline of a campaign that needs attention this week (overdue or due within seven days). */
export interface CampaignDeadline {
  readonly campaignId: string;
  readonly campaign: string;
  readonly what: 'task' | 'return';
  readonly title: string;
  readonly dueOn: string;
  /** Open tasks: 1; returns: the parties still missing. */
  readonly missing: number;
}

/** This week's deadlines of campaigns: open tasks and returns with parties missing, earliest first. */
export function campaignDeadlines(summaries: readonly { readonly campaign: Campaign; readonly summary: CampaignSummary }[], day: string): CampaignDeadline[] {
  const out: CampaignDeadline[] = [];
  for (const { campaign, summary } of summaries) {
    for (const { task, status } of summary.tasks) {
      if (status.code !== 'done' && isDueThisWeek(task.dueOn, day)) out.push({ campaignId: campaign.id, campaign: campaign.name, what: 'task', title: task.title, dueOn: task.dueOn, missing: 1 });
    }
    for (const { item, checklist } of summary.returns) {
      if (checklist.missing.length > 0 && isDueThisWeek(item.dueOn, day)) out.push({ campaignId: campaign.id, campaign: campaign.name, what: 'return', title: item.title, dueOn: item.dueOn, missing: checklist.missing.length });
    }
  }
  return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'zh-CN'));
}
