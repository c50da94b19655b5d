import type { Dayjs } from 'dayjs';
import type { CommitteeTerm } from '../../shared/committees/types';
import type { CommitteeTermDraft } from '../../shared/committees/validation';
import type { Messages } from '../../shared/i18n/catalogs';
import type { ConflictView } from '../components/staleMerge';
import { fromPicker, toPicker } from './formDates';

/** The term form's fields: days as the pickers hold them, the number and length as typed. */
export interface TermFormValues {
  termNumber: string;
  electedOn: Dayjs | null;
  startOn: Dayjs | null;
  termYears: string;
  endOn: Dayjs | null;
  filedOn: Dayjs | null;
  filingNumber: string;
  notes: string;
  /** 变更原因, when the settings ask for one (editing only). */
  reason?: string;
}

export function termFormValues(term: CommitteeTerm | null, nextTermNumber: number): TermFormValues {
  return {
    termNumber: String(term?.termNumber ?? nextTermNumber),
    electedOn: toPicker(term?.electedOn),
    startOn: toPicker(term?.startOn),
    termYears: '',
    endOn: toPicker(term?.endOn),
    filedOn: toPicker(term?.filedOn),
    filingNumber: term?.filingNumber ?? '',
    notes: term?.notes ?? '',
  };
}

export function termDraft(estateId: string, values: TermFormValues): CommitteeTermDraft {
  return {
    estateId,
    termNumber: values.termNumber,
    electedOn: fromPicker(values.electedOn),
    startOn: fromPicker(values.startOn),
    termYears: values.termYears,
    endOn: fromPicker(values.endOn),
    filedOn: fromPicker(values.filedOn),
    filingNumber: values.filingNumber,
    notes: values.notes,
  };
}

/** A stale save of a term: its fields under the form's labels, days as the pickers show them. */
export function termConflict({ domain }: Pick<Messages, 'domain'>): ConflictView<TermFormValues, CommitteeTerm> {
  const f = domain.fields;
  return {
    valuesOf: (stored) => termFormValues(stored, stored.termNumber),
    labels: { termNumber: f.termNumber, electedOn: f.electedOn, startOn: f.startOn, termYears: f.termYears, endOn: f.endOn, filedOn: f.filedOn, filingNumber: f.filingNumber, notes: f.notes },
  };
}

/** The filing form: the day a term was filed (备案) and its number. */
export interface FilingFormValues {
  filedOn: Dayjs | null;
  filingNumber: string;
}

export const filingFormValues = (term: CommitteeTerm): FilingFormValues => ({ filedOn: toPicker(term.filedOn), filingNumber: term.filingNumber });

/** A stale filing: the term's filing fields, under the form's labels. */
export function filingConflict({ domain }: Pick<Messages, 'domain'>): ConflictView<FilingFormValues, CommitteeTerm> {
  return { valuesOf: filingFormValues, labels: { filedOn: domain.fields.filedOn, filingNumber: domain.fields.filingNumber } };
}
