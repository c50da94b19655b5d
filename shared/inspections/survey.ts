import type { Validated } from '../common/problem';
import { Problems } from './fieldParsers';
import { NOTE_MAX_LENGTH } from './validateInspection';

/** Plan 4's door-to-door satisfaction survey of one estate. */
export interface SurveyFields {
  readonly estateId: string;
  readonly surveyedOn: string;
  readonly surveyed: number;
  readonly satisfied: number;
  readonly note: string;
}

/**
 * A stored survey. The threshold in force when it was entered is kept with it: changing the
 * setting later must not turn last year's 验收通过 into 补课 after the fact.
 */
export interface AcceptanceSurvey extends SurveyFields {
  readonly id: string;
  readonly threshold: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** 通过验收 at or above the threshold, else 补课 (make up the lesson) and survey again later. */
export const SURVEY_OUTCOMES = ['accepted', 'makeUp'] as const;
export type SurveyOutcome = (typeof SURVEY_OUTCOMES)[number];

export interface SurveyDraft {
  readonly estateId?: unknown;
  readonly surveyedOn?: unknown;
  readonly surveyed?: unknown;
  readonly satisfied?: unknown;
  readonly note?: unknown;
}

/** Generous bound against a typo of one digit too many; the largest estates have some 10,000. */
const MAX_HOUSEHOLDS = 1_000_000;

export function validateSurvey(draft: SurveyDraft): Validated<SurveyFields> {
  const problems = new Problems();
  const estateId = typeof draft.estateId === 'string' ? draft.estateId : '';
  if (estateId === '') problems.add('estateId', 'required');
  const surveyedOn = problems.date('surveyedOn', draft.surveyedOn, { required: true });
  const surveyed = problems.numberIn('surveyed', draft.surveyed, 0, MAX_HOUSEHOLDS, { required: true, whole: true });
  if (surveyed === 0) problems.add('surveyed', 'notPositive');
  const satisfied = problems.numberIn('satisfied', draft.satisfied, 0, MAX_HOUSEHOLDS, { required: true, whole: true });
  if (surveyed !== null && satisfied !== null && satisfied > surveyed) problems.add('satisfied', 'exceedsSurveyed', { surveyed });
  const note = problems.paragraph('note', draft.note, { max: NOTE_MAX_LENGTH });
  return problems.result({ estateId, surveyedOn: surveyedOn ?? '', surveyed: surveyed ?? 0, satisfied: satisfied ?? 0, note });
}

/** Share of satisfied households, 0…1. */
export function satisfactionRate(survey: Pick<SurveyFields, 'surveyed' | 'satisfied'>): number {
  return survey.surveyed > 0 ? survey.satisfied / survey.surveyed : 0;
}

/**
 * Compared in whole households, not in floating point: 85 % of 20 is 17, and 17 satisfied
 * households out of 20 must pass even though 0.85 × 20 is not exactly 17 in binary.
 */
export function surveyOutcome(survey: Pick<SurveyFields, 'surveyed' | 'satisfied'>, threshold: number): SurveyOutcome {
  const needed = Math.ceil(threshold * survey.surveyed - 1e-9);
  return survey.satisfied >= needed ? 'accepted' : 'makeUp';
}

/** The rate as a percentage with one decimal, as reports print it: 85.0 %. */
export function formatRate(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** The estate's acceptance as its latest survey says; `null` when never surveyed. */
export function latestSurvey<S extends Pick<AcceptanceSurvey, 'surveyedOn' | 'createdAt'>>(surveys: readonly S[]): S | null {
  let latest: S | null = null;
  for (const s of surveys) {
    if (!latest || s.surveyedOn > latest.surveyedOn || (s.surveyedOn === latest.surveyedOn && s.createdAt > latest.createdAt)) latest = s;
  }
  return latest;
}
