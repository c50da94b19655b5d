import { parseDateText } from '../../common/dates';
import type { Problem } from '../../common/problem';
import { keptText, toHalfWidth } from '../../common/text';
import type { CampaignPhase } from '../campaign';
import { GOAL_MEASURES, type CampaignGoal } from '../goals';
import { campaignMessages } from '../messages';

/**
 * How a campaign's lists sit in one cell of the exchange workbook, written and read back the
 * same way: items apart by ；, an estate as 社区/小区, a phase as 名称 起~止, a goal as 名称 N%.
 * Chinese whatever the UI language: this is the exchange format.
 */
export const ITEM_SEPARATOR = '；';
const SPLIT = /[；;\n]/;

export function splitItems(cell: unknown): string[] {
  if (cell === null || cell === undefined) return [];
  return String(cell).split(SPLIT).map((p) => keptText(p)).filter((p) => p !== '');
}

export interface NamedEstate {
  readonly community: string;
  readonly estate: string;
}

export function estatesCell(estates: readonly NamedEstate[]): string {
  return estates.map((e) => `${e.community}/${e.estate}`).join(ITEM_SEPARATOR);
}

export function parseEstates(cell: unknown, field: string, problems: Problem[]): NamedEstate[] {
  return splitItems(String(cell ?? '').replace(/、/g, '；')).flatMap((item) => {
    const [community, estate, ...rest] = item.split(/[/／]/).map((p) => keptText(p));
    if (!community || !estate || rest.length > 0) {
      problems.push({ field, code: 'unknownEstate', params: { name: item } });
      return [];
    }
    return [{ community, estate }];
  });
}

export function phasesCell(phases: readonly CampaignPhase[]): string {
  return phases.map((p) => `${p.name} ${p.startsOn}~${p.endsOn}`).join(ITEM_SEPARATOR);
}

const DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?`;
const PHASE = new RegExp(String.raw`^(.+?)\s*[（(]?\s*(${DATE})\s*[~～至到—-]+\s*(${DATE})\s*[)）]?$`);

export function parsePhases(cell: unknown, field: string, problems: Problem[]): { name: string; startsOn: string; endsOn: string }[] {
  return splitItems(cell).flatMap((item) => {
    const match = PHASE.exec(toHalfWidth(item));
    const startsOn = match ? parseDateText(match[2]!) : null;
    const endsOn = match ? parseDateText(match[3]!) : null;
    if (!match || !startsOn?.ok || !endsOn?.ok || startsOn.value === null || endsOn.value === null) {
      problems.push({ field, code: 'notADate', params: { value: item } });
      return [];
    }
    return [{ name: keptText(match[1]!), startsOn: startsOn.value, endsOn: endsOn.value }];
  });
}

const MEASURE_LABELS = campaignMessages['zh-CN'].measure;

export function goalsCell(goals: readonly CampaignGoal[]): string {
  return goals.map((g) => `${MEASURE_LABELS[g.measure]} ${g.targetPercent}%`).join(ITEM_SEPARATOR);
}

export function parseGoals(cell: unknown, field: string, problems: Problem[]): { measure: string; targetPercent: number }[] {
  return splitItems(cell).flatMap((item) => {
    const match = /^(.+?)\s*[≥>=]*\s*(\d{1,3})\s*[%％]$/.exec(toHalfWidth(item).trim());
    const measure = match ? GOAL_MEASURES.find((m) => MEASURE_LABELS[m] === keptText(match[1]!)) : undefined;
    if (!match || measure === undefined) {
      problems.push({ field, code: 'unknownKind', params: { value: item } });
      return [];
    }
    return [{ measure, targetPercent: Number(match[2]) }];
  });
}
