import type { Validated } from '../common/problem';
import { FieldReader, NOTE_MAX_LENGTH } from './fields';
import { validateGoals, type CampaignGoal } from './goals';

/** A phase of a campaign (plan 1: 动员部署 8月初–8月10日, 自查自纠, 整改抽查) with its dates. */
export interface CampaignPhase {
  readonly name: string;
  /** ISO dates, both days included. */
  readonly startsOn: string;
  readonly endsOn: string;
}

/** What a clerk enters for a campaign (专项行动 / 工作方案), parsed. */
export interface CampaignFields {
  readonly name: string;
  readonly year: number;
  /** The document it comes from: 文号 or title (福清建〔2024〕12号). */
  readonly sourceRef: string;
  readonly goalText: string;
  /** The estates it covers; the companies it covers are those estates' companies (see party.ts). */
  readonly estateIds: readonly string[];
  readonly phases: readonly CampaignPhase[];
  /** Whether an estate's last payment waits for its acceptance (plan 4: 验收合格后，全部经费到位). */
  readonly finalPaymentNeedsAcceptance: boolean;
  /** Inspections (专项检查, 企业自查) tied to the campaign: they count toward its returns and goals. */
  readonly inspectionIds: readonly string[];
  readonly goals: readonly CampaignGoal[];
}

export interface Campaign extends CampaignFields {
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface CampaignDraft {
  readonly name?: unknown;
  readonly year?: unknown;
  readonly sourceRef?: unknown;
  readonly goalText?: unknown;
  readonly estateIds?: unknown;
  readonly phases?: unknown;
  readonly finalPaymentNeedsAcceptance?: unknown;
  readonly inspectionIds?: unknown;
  readonly goals?: unknown;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** Plans have three to five phases; twelve leaves room and catches a runaway paste. */
export const MAX_PHASES = 12;

function ids(raw: unknown): string[] {
  return Array.isArray(raw) ? [...new Set(raw.filter((v): v is string => typeof v === 'string' && v !== ''))] : [];
}

function readPhases(reader: FieldReader, raw: unknown): CampaignPhase[] {
  const list = Array.isArray(raw) ? (raw as readonly unknown[]) : [];
  if (list.length > MAX_PHASES) reader.add('phases', 'tooMany', { max: MAX_PHASES });
  return list.slice(0, MAX_PHASES).flatMap((item, i) => {
    const phase = (item ?? {}) as Readonly<Record<string, unknown>>;
    const name = reader.text(`phases.${i}.name`, phase.name, { required: true });
    const startsOn = reader.date(`phases.${i}.startsOn`, phase.startsOn, { required: true });
    const endsOn = reader.date(`phases.${i}.endsOn`, phase.endsOn, { required: true });
    if (startsOn !== null && endsOn !== null && endsOn < startsOn) reader.add(`phases.${i}.endsOn`, 'dateTooEarly', { earliest: startsOn });
    return startsOn !== null && endsOn !== null ? [{ name, startsOn, endsOn }] : [];
  });
}

export function validateCampaign(draft: CampaignDraft): Validated<CampaignFields> {
  const reader = new FieldReader();
  const name = reader.text('name', draft.name, { required: true });
  const yearText = draft.year === null || draft.year === undefined ? '' : String(draft.year).trim();
  const year = Number(yearText);
  if (yearText === '') reader.add('year', 'required');
  else if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) reader.add('year', 'outOfRange', { min: MIN_YEAR, max: MAX_YEAR });
  const sourceRef = reader.text('sourceRef', draft.sourceRef);
  const goalText = reader.text('goalText', draft.goalText, { paragraph: true, max: NOTE_MAX_LENGTH });
  const phases = readPhases(reader, draft.phases);
  const goals = validateGoals(draft.goals ?? []);
  if (!goals.ok) for (const p of goals.problems) reader.add(p.field, p.code, p.params);
  return reader.result({
    name,
    year,
    sourceRef,
    goalText,
    estateIds: ids(draft.estateIds),
    phases: [...phases].sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
    finalPaymentNeedsAcceptance: draft.finalPaymentNeedsAcceptance === true,
    inspectionIds: ids(draft.inspectionIds),
    goals: goals.ok ? goals.value : [],
  });
}

/** The phase a day falls in (the first, if phases overlap), or null between and outside phases. */
export function phaseOn(phases: readonly CampaignPhase[], day: string): CampaignPhase | null {
  return phases.find((p) => p.startsOn <= day && day <= p.endsOn) ?? null;
}
