import type { Settings } from '../settings/settings';
import type { CategoryCheck, CategoryChecks } from './inspection';
import { INSPECTION_CATEGORIES } from './kinds';

export type AssessmentWeights = Settings['assessmentWeights'];

/** A category's mark out of 100: the one given, else 100 for 合格 and 0 for 有问题. */
export function categoryMark(check: CategoryCheck): number | null {
  if (check.result === 'notApplicable') return null;
  if (check.mark !== null) return check.mark;
  return check.result === 'pass' ? 100 : 0;
}

/**
 * A 考评 score out of 100: the categories' marks averaged with the weights from settings.
 * Categories marked 不适用 drop out and the rest are scaled up, so an estate without greening
 * is not punished for it; weights need not sum to 100. `null` when nothing was scored.
 * Rounded to one decimal, as score sheets are.
 */
export function weightedScore(categories: CategoryChecks, weights: AssessmentWeights): number | null {
  let weighted = 0;
  let totalWeight = 0;
  for (const category of INSPECTION_CATEGORIES) {
    const mark = categoryMark(categories[category]);
    const weight = weights[category];
    if (mark === null || weight <= 0) continue;
    weighted += weight * mark;
    totalWeight += weight;
  }
  if (totalWeight === 0) return null;
  return Math.round((weighted / totalWeight) * 10) / 10;
}
