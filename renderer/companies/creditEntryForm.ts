import type { CreditEntry, HandCreditKind } from '../../shared/companies';
import type { Messages } from '../../shared/i18n/catalogs';
import type { ConflictView } from '../components/staleMerge';

/** The hand event form; an edit always carries its reason. */
export interface EntryValues {
  kind?: HandCreditKind;
  on: string;
  points?: number;
  evidence: string;
  reason?: string;
}

export const entryFormValues = (entry: CreditEntry): EntryValues => ({ kind: entry.kind, on: entry.on, points: entry.points, evidence: entry.evidence, reason: '' });

/** A stale edit of a hand event: its fields under the form's labels, the kind by name. */
export function creditEntryConflict({ companies: t }: Pick<Messages, 'companies'>): ConflictView<EntryValues, CreditEntry> {
  return {
    valuesOf: entryFormValues,
    labels: { kind: t.entry.kind, on: t.entry.on, points: t.entry.points, evidence: t.entry.evidence },
    display: (field, value) => (field === 'kind' ? t.eventKind[value as HandCreditKind] : undefined),
  };
}
