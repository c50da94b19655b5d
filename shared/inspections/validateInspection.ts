import type { Validated } from '../common/problem';
import { TEXT_MAX_LENGTH } from '../estates';
import { checkNames, parseTimeOfDay, Problems, splitNames } from './fieldParsers';
import type { CategoryCheck, CategoryChecks, InspectionFields } from './inspection';
import { parseCategoryResult, parseInspectionKind, type InspectionCategory } from './kinds';

/** One category as a form or a sheet gives it, unparsed. */
export interface CategoryDraft {
  readonly result?: unknown;
  readonly note?: unknown;
  readonly mark?: unknown;
}

/** Raw values as a form or an import row gives them. */
export interface InspectionDraft {
  readonly estateId?: unknown;
  readonly inspectedOn?: unknown;
  readonly time?: unknown;
  readonly kind?: unknown;
  readonly inspectors?: unknown;
  readonly categories?: { readonly [C in InspectionCategory]?: CategoryDraft };
  readonly score?: unknown;
  readonly findings?: unknown;
}

export const NOTE_MAX_LENGTH = 500;

/*
 * Problems of a category are reported against the category itself (field 'sanitation' …),
 * which is where the form shows its result and note together.
 */
function readCategory(problems: Problems, category: InspectionCategory, draft: CategoryDraft | undefined): CategoryCheck {
  const result = parseCategoryResult(draft?.result);
  if (!result.ok) problems.add(category, 'unknownResult', { value: String(draft?.result) });
  const note = problems.paragraph(category, draft?.note, { max: NOTE_MAX_LENGTH });
  const mark = problems.numberIn(category, draft?.mark, 0, 100);
  const value = result.ok ? result.value : 'notApplicable';
  if (value === 'problem' && note === '') problems.add(category, 'problemNeedsNote');
  return { result: value, note, mark: value === 'notApplicable' ? null : mark };
}

export function validateInspection(draft: InspectionDraft): Validated<InspectionFields> {
  const problems = new Problems();
  const estateId = typeof draft.estateId === 'string' ? draft.estateId : '';
  if (estateId === '') problems.add('estateId', 'required');
  const inspectedOn = problems.date('inspectedOn', draft.inspectedOn, { required: true });
  const time = parseTimeOfDay(draft.time);
  if (!time.ok) problems.add('time', 'notATime', { value: String(draft.time) });
  const kind = parseInspectionKind(draft.kind);
  if (!kind.ok) {
    if (draft.kind === null || draft.kind === undefined || String(draft.kind).trim() === '') problems.add('kind', 'required');
    else problems.add('kind', 'unknownInspectionKind', { value: String(draft.kind) });
  }
  const inspectors = splitNames(draft.inspectors);
  checkNames(problems, 'inspectors', inspectors, { required: true });
  const read = (category: InspectionCategory) => readCategory(problems, category, draft.categories?.[category]);
  // Spelled out in INSPECTION_CATEGORIES' order, so problems come in the form's order.
  const categories: CategoryChecks = {
    publicOrder: read('publicOrder'),
    sanitation: read('sanitation'),
    security: read('security'),
    facilities: read('facilities'),
    greening: read('greening'),
    other: read('other'),
  };
  const score = problems.numberIn('score', draft.score, 0, 100);
  const findings = problems.paragraph('findings', draft.findings, { max: TEXT_MAX_LENGTH });
  return problems.result({
    estateId,
    inspectedOn: inspectedOn ?? '',
    time: time.ok ? time.value : '',
    kind: kind.ok ? kind.value : 'patrol',
    inspectors,
    categories,
    score,
    findings,
  });
}
