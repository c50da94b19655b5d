import type { Validated } from '../common/problem';
import type { AcceptanceSurvey, RectificationNotice } from '../inspections';
import { latestSurvey, surveyOutcome } from '../inspections';
import type { AssemblyMeeting } from '../committees';
import { FieldReader } from './fields';

/**
 * A goal of a campaign measured from the app's own records, never typed in: plan 5's "every
 * estate convenes an owners' assembly", "all notices of the campaign closed", plan 4's
 * "acceptance ≥ 85 % in the ten estates", every return filed, every task done.
 */
export const GOAL_MEASURES = ['assemblyHeld', 'noticesClosed', 'estatesAccepted', 'returnsFiled', 'tasksDone'] as const;
export type GoalMeasure = (typeof GOAL_MEASURES)[number];

export interface CampaignGoal {
  readonly measure: GoalMeasure;
  /** The share to reach, in whole percent (100: every one). */
  readonly targetPercent: number;
}

export interface GoalProgress extends CampaignGoal {
  readonly done: number;
  readonly of: number;
  /** Reached: done / of ≥ target, compared in whole numbers (17 of 20 is 85 %). */
  readonly met: boolean;
}

/** What the measures read: the campaign's estates and the records about them. */
export interface GoalFacts {
  readonly estateIds: readonly string[];
  readonly meetings: readonly Pick<AssemblyMeeting, 'estateId' | 'kind' | 'heldOn'>[];
  /** Notices issued on the campaign's inspections. */
  readonly notices: readonly Pick<RectificationNotice, 'status'>[];
  readonly surveys: readonly Pick<AcceptanceSurvey, 'estateId' | 'surveyedOn' | 'createdAt' | 'surveyed' | 'satisfied' | 'threshold'>[];
  readonly returns: { readonly received: number; readonly expected: number };
  readonly tasks: { readonly done: number; readonly of: number };
}

function counted(facts: GoalFacts, measure: GoalMeasure): { done: number; of: number } {
  const estates = new Set(facts.estateIds);
  switch (measure) {
    case 'assemblyHeld': {
      const held = new Set(facts.meetings.filter((m) => estates.has(m.estateId)).map((m) => m.estateId));
      return { done: held.size, of: estates.size };
    }
    case 'noticesClosed':
      return { done: facts.notices.filter((n) => n.status === 'closed').length, of: facts.notices.length };
    case 'estatesAccepted': {
      let done = 0;
      for (const id of estates) {
        const latest = latestSurvey(facts.surveys.filter((s) => s.estateId === id));
        if (latest && surveyOutcome(latest, latest.threshold) === 'accepted') done += 1;
      }
      return { done, of: estates.size };
    }
    case 'returnsFiled':
      return { done: facts.returns.received, of: facts.returns.expected };
    case 'tasksDone':
      return facts.tasks;
  }
}

/** Progress toward each goal. Nothing to count (no notices issued) counts as reached. */
export function goalProgress(goals: readonly CampaignGoal[], facts: GoalFacts): GoalProgress[] {
  return goals.map((goal) => {
    const { done, of } = counted(facts, goal.measure);
    return { ...goal, done, of, met: done * 100 >= goal.targetPercent * of };
  });
}

/** The day an estate was first accepted: its first survey at or above the threshold it was judged by. */
export function acceptedOn(surveys: readonly Pick<AcceptanceSurvey, 'surveyedOn' | 'surveyed' | 'satisfied' | 'threshold'>[]): string | null {
  const passed = surveys.filter((s) => surveyOutcome(s, s.threshold) === 'accepted').map((s) => s.surveyedOn).sort();
  return passed[0] ?? null;
}

export function validateGoals(raw: unknown): Validated<CampaignGoal[]> {
  const reader = new FieldReader();
  const list = Array.isArray(raw) ? (raw as readonly unknown[]) : [];
  const goals = list.flatMap((item, i) => {
    const goal = (item ?? {}) as Readonly<Record<string, unknown>>;
    const measure = GOAL_MEASURES.find((m) => m === goal.measure);
    if (measure === undefined) reader.add(`goals.${i}.measure`, 'unknownKind', { value: String(goal.measure ?? '') });
    const target = Number(goal.targetPercent);
    if (!Number.isInteger(target) || target < 1 || target > 100) reader.add(`goals.${i}.targetPercent`, 'outOfRange', { min: 1, max: 100 });
    return measure === undefined ? [] : [{ measure, targetPercent: target }];
  });
  return reader.result(goals);
}
