import type { CategoryResult, InspectionCategory, InspectionKind } from './kinds';
import { INSPECTION_CATEGORIES } from './kinds';

/** One of the six things checked, as the inspector found it. */
export interface CategoryCheck {
  readonly result: CategoryResult;
  /** What was wrong (required for 有问题) or any remark. */
  readonly note: string;
  /** 考评 only: the category's own mark out of 100; blank means "from the result". */
  readonly mark: number | null;
}

export type CategoryChecks = Readonly<Record<InspectionCategory, CategoryCheck>>;

/** What a person enters for an inspection, already parsed and cleaned. */
export interface InspectionFields {
  readonly estateId: string;
  /** ISO date. */
  readonly inspectedOn: string;
  /** `HH:mm`, or '' when not noted (a self-inspection return rarely says). */
  readonly time: string;
  readonly kind: InspectionKind;
  readonly inspectors: readonly string[];
  readonly categories: CategoryChecks;
  /** Out of 100; usually only for 考评. */
  readonly score: number | null;
  readonly findings: string;
}

/** A stored inspection. Photos live in their own table so lists never load them. */
export interface Inspection extends InspectionFields {
  readonly id: string;
  readonly photoCount: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A problem the inspection found: what a rectification notice lists as an item. */
export interface FoundProblem {
  readonly category: InspectionCategory;
  readonly text: string;
}

export function problemsFound(inspection: Pick<InspectionFields, 'categories'>): FoundProblem[] {
  return INSPECTION_CATEGORIES.filter((c) => inspection.categories[c].result === 'problem').map((category) => ({
    category,
    text: inspection.categories[category].note,
  }));
}

export function hasProblems(inspection: Pick<InspectionFields, 'categories'>): boolean {
  return INSPECTION_CATEGORIES.some((c) => inspection.categories[c].result === 'problem');
}

/** Six categories all 不适用, the blank the form and an import start from. */
export function uncheckedCategories(): CategoryChecks {
  const check: CategoryCheck = { result: 'notApplicable', note: '', mark: null };
  return { publicOrder: check, sanitation: check, security: check, facilities: check, greening: check, other: check };
}
