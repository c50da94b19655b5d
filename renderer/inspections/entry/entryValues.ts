import { parseNumber } from '../../../shared/common/numbers';
import type { CategoryChecks, Inspection } from '../../../shared/inspections/inspection';
import { CATEGORY_RESULTS, INSPECTION_CATEGORIES, INSPECTION_KINDS, type CategoryResult, type InspectionCategory, type InspectionKind } from '../../../shared/inspections/kinds';
import type { InspectionDraft } from '../../../shared/inspections/validateInspection';
import type { LastEntry } from '../inspectionDraftRepository';

type NameList = (names: readonly string[]) => string;

/**
 * The entry form's values. Everything is text as typed, so the shared validator judges it, and
 * the whole object is plain JSON, so it can be stored as a draft on every keystroke. Each
 * category's result sits under the category's own name, which is the field its problems name.
 */
export type EntryValues = {
  estateId: string | undefined;
  inspectedOn: string;
  time: string;
  kind: InspectionKind;
  inspectors: string;
  notes: Record<InspectionCategory, string>;
  marks: Record<InspectionCategory, string>;
  score: string;
  findings: string;
} & Record<InspectionCategory, CategoryResult>;

function perCategory<T>(value: (category: InspectionCategory) => T): Record<InspectionCategory, T> {
  return {
    publicOrder: value('publicOrder'),
    sanitation: value('sanitation'),
    security: value('security'),
    facilities: value('facilities'),
    greening: value('greening'),
    other: value('other'),
  };
}

const text = (n: number | null): string => (n === null ? '' : String(n));

/**
 * A new entry: today, now, the estate and inspectors of the last saved entry, every category
 * 合格 so that only the problems need typing.
 */
/** `list` joins the inspectors' names in the language shown (张敏、李强 / 张敏, 李强). */
export function blankEntry(today: string, now: string, last: LastEntry | null, list: NameList): EntryValues {
  return {
    estateId: last?.estateId,
    inspectedOn: today,
    time: now,
    kind: 'patrol',
    inspectors: last ? list(last.inspectors) : '',
    ...perCategory((): CategoryResult => 'pass'),
    notes: perCategory(() => ''),
    marks: perCategory(() => ''),
    score: '',
    findings: '',
  };
}

export function entryOf(inspection: Inspection, list: NameList): EntryValues {
  return {
    estateId: inspection.estateId,
    inspectedOn: inspection.inspectedOn,
    time: inspection.time,
    kind: inspection.kind,
    inspectors: list(inspection.inspectors),
    ...perCategory((c) => inspection.categories[c].result),
    notes: perCategory((c) => inspection.categories[c].note),
    marks: perCategory((c) => text(inspection.categories[c].mark)),
    score: text(inspection.score),
    findings: inspection.findings,
  };
}

export function draftOf(values: EntryValues): InspectionDraft {
  return {
    estateId: values.estateId ?? '',
    inspectedOn: values.inspectedOn,
    time: values.time,
    kind: values.kind,
    inspectors: values.inspectors,
    categories: perCategory((c) => ({
      result: values[c],
      note: values.notes[c],
      // Marks are only asked for in a 考评; a mark left from switching kinds is not kept.
      mark: values.kind === 'assessment' ? values.marks[c] : null,
    })),
    score: values.score,
    findings: values.findings,
  };
}

function record<T>(raw: unknown, read: (value: unknown) => T | undefined, fallback: Record<InspectionCategory, T>): Record<InspectionCategory, T> {
  const source = typeof raw === 'object' && raw !== null ? (raw as Partial<Record<string, unknown>>) : {};
  return perCategory((c) => read(source[c]) ?? fallback[c]);
}

const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const asResult = (value: unknown): CategoryResult | undefined => CATEGORY_RESULTS.find((r) => r === value);

/**
 * A stored draft read back over a blank entry: only fields of the right type are taken, so a
 * draft written by an older version of the form can never put the form in a broken state.
 */
export function restoreEntry(raw: unknown, blank: EntryValues): EntryValues {
  const source = typeof raw === 'object' && raw !== null ? (raw as Partial<Record<string, unknown>>) : {};
  return {
    estateId: asText(source.estateId) ?? blank.estateId,
    inspectedOn: asText(source.inspectedOn) ?? blank.inspectedOn,
    time: asText(source.time) ?? blank.time,
    kind: INSPECTION_KINDS.find((k) => k === source.kind) ?? blank.kind,
    inspectors: asText(source.inspectors) ?? blank.inspectors,
    ...perCategory((c) => asResult(source[c]) ?? blank[c]),
    notes: record(source.notes, asText, blank.notes),
    marks: record(source.marks, asText, blank.marks),
    score: asText(source.score) ?? blank.score,
    findings: asText(source.findings) ?? blank.findings,
  };
}

/**
 * The categories as typed so far, read leniently (a mark that is not yet a number in 0…100
 * counts as none), for the live 考评 score beside the form.
 */
export function categoryChecksOf(values: Partial<EntryValues>): CategoryChecks {
  return perCategory((c) => {
    const parsed = parseNumber(values.marks?.[c] ?? '');
    const mark = parsed.ok && parsed.value !== null && parsed.value >= 0 && parsed.value <= 100 ? parsed.value : null;
    return { result: values[c] ?? 'notApplicable', note: '', mark };
  });
}

/** Every category not marked 有问题 is set to 合格: "the rest all pass" in one key press. */
export function restPass(values: EntryValues): Partial<EntryValues> {
  return perCategory((c) => (values[c] === 'problem' ? 'problem' : 'pass'));
}

export { INSPECTION_CATEGORIES };
