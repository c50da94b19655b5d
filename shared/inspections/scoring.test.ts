import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import type { CategoryCheck, CategoryChecks } from './inspection';
import { uncheckedCategories } from './inspection';
import { CATEGORY_RESULTS, INSPECTION_CATEGORIES } from './kinds';
import { categoryMark, weightedScore } from './scoring';

const weights = DEFAULT_SETTINGS.assessmentWeights; // 20, 20, 20, 20, 10, 10
const check = (result: CategoryCheck['result'], mark: number | null = null): CategoryCheck => ({ result, note: '', mark });

describe('weightedScore', () => {
  it('gives 100 when every category passes and 0 when every one has problems', () => {
    const all = (c: CategoryCheck): CategoryChecks => ({ publicOrder: c, sanitation: c, security: c, facilities: c, greening: c, other: c });
    expect(weightedScore(all(check('pass')), weights)).toBe(100);
    expect(weightedScore(all(check('problem')), weights)).toBe(0);
  });

  it('weighs the categories as settings say', () => {
    // Sanitation (20 of 100) fails, the rest pass: 80.
    const categories: CategoryChecks = { ...uncheckedCategories(), publicOrder: check('pass'), sanitation: check('problem'), security: check('pass'), facilities: check('pass'), greening: check('pass'), other: check('pass') };
    expect(weightedScore(categories, weights)).toBe(80);
    // Greening (10) fails instead: 90.
    expect(weightedScore({ ...categories, sanitation: check('pass'), greening: check('problem') }, weights)).toBe(90);
    // Weights need not sum to 100: the same ratios give the same score.
    const doubled = Object.fromEntries(INSPECTION_CATEGORIES.map((c) => [c, weights[c] * 2])) as typeof weights;
    expect(weightedScore(categories, doubled)).toBe(80);
  });

  it('uses a category mark when one is given and leaves 不适用 out, scaling the rest', () => {
    const categories: CategoryChecks = { ...uncheckedCategories(), publicOrder: check('pass', 90), sanitation: check('problem', 60) };
    // (20·90 + 20·60) / 40 = 75
    expect(weightedScore(categories, weights)).toBe(75);
    expect(categoryMark(check('notApplicable', 50))).toBeNull();
  });

  it('rounds to one decimal and has no score when nothing was checked', () => {
    // Weights 20, 10, 10 with marks 100, 0, 33: 2330 / 40 = 58.25, printed 58.3.
    const categories: CategoryChecks = { ...uncheckedCategories(), publicOrder: check('pass', 100), greening: check('pass', 0), other: check('pass', 33) };
    expect(weightedScore(categories, weights)).toBe(58.3);
    expect(weightedScore(uncheckedCategories(), weights)).toBeNull();
    expect(weightedScore({ ...uncheckedCategories(), greening: check('pass') }, { ...weights, greening: 0 })).toBeNull();
  });

  it('always lies between the lowest and highest mark given', () => {
    const arbitraryCheck = fc.record({ result: fc.constantFrom(...CATEGORY_RESULTS), note: fc.constant(''), mark: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) });
    const arbitraryChecks = fc.record({ publicOrder: arbitraryCheck, sanitation: arbitraryCheck, security: arbitraryCheck, facilities: arbitraryCheck, greening: arbitraryCheck, other: arbitraryCheck });
    const arbitraryWeights = fc.record({ publicOrder: fc.integer({ min: 0, max: 100 }), sanitation: fc.integer({ min: 0, max: 100 }), security: fc.integer({ min: 0, max: 100 }), facilities: fc.integer({ min: 0, max: 100 }), greening: fc.integer({ min: 0, max: 100 }), other: fc.integer({ min: 0, max: 100 }) });
    fc.assert(
      fc.property(arbitraryChecks, arbitraryWeights, (categories, w) => {
        const marks = INSPECTION_CATEGORIES.filter((c) => w[c] > 0).map((c) => categoryMark(categories[c])).filter((m): m is number => m !== null);
        const score = weightedScore(categories, w);
        if (marks.length === 0) return score === null;
        return score !== null && score >= Math.min(...marks) - 0.05 && score <= Math.max(...marks) + 0.05;
      }),
    );
  });
});
