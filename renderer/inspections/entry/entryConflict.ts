import type { Messages } from '../../../shared/i18n/catalogs';
import type { Inspection } from '../../../shared/inspections/inspection';
import { INSPECTION_CATEGORIES, type CategoryResult, type InspectionCategory, type InspectionKind } from '../../../shared/inspections/kinds';
import type { ConflictView } from '../../components/staleMerge';
import { entryOf, type EntryValues } from './entryValues';

/**
 * A stale edit of an inspection: the entry's fields under the form's labels, each category's
 * result under the category's name; the notes and marks of the six categories are one field each
 * (kept or taken whole), shown as "category（text）" for those filled in.
 */
export function entryConflict({ inspections: t, domain, faults }: Pick<Messages, 'inspections' | 'domain' | 'faults'>, estateLabel: (id: string) => string | undefined): ConflictView<Partial<EntryValues>, Inspection> {
  const perCategory = (value: unknown) =>
    INSPECTION_CATEGORIES.flatMap((c) => {
      const text = (value as Partial<Record<InspectionCategory, string>>)[c] ?? '';
      return text === '' ? [] : [domain.aside(t.category[c], text)];
    }).join(faults.stale.listSeparator);
  const results = Object.fromEntries(INSPECTION_CATEGORIES.map((c) => [c, t.category[c]])) as Record<InspectionCategory, string>;
  return {
    valuesOf: (stored) => entryOf(stored, domain.list),
    labels: { estateId: t.entry.estate, inspectedOn: t.entry.inspectedOn, time: t.entry.time, kind: t.entry.kind, inspectors: t.entry.inspectors, ...results, notes: t.entry.note, marks: t.entry.mark, score: t.entry.score, findings: t.entry.findings },
    display: (field, value) => {
      if (field === 'estateId') return estateLabel(String(value));
      if (field === 'kind') return t.kind[value as InspectionKind];
      if ((INSPECTION_CATEGORIES as readonly string[]).includes(field)) return t.result[value as CategoryResult];
      if (field === 'notes' || field === 'marks') return perCategory(value);
      return undefined;
    },
  };
}
