import { keptText } from '../../shared/common/text';
import { fieldsNeedingReason } from '../../shared/history/reasonFields';
import { refuse } from '../db/problems';
import { describeChange } from './changeContext';

/** Why an edit is made, for the field history; `reasonRequiredFor` comes from the settings. */
export interface ReasonedChange<F extends string = string> {
  /** The record's `updatedAt` as the form showed it: a save over a later write is refused. */
  readonly edited?: number;
  readonly reason?: string;
  readonly reasonRequiredFor?: readonly F[];
}

/**
 * Inside an edit's transaction: refuses it (under the form's `reason` field) when a field the
 * settings name changes and no reason is given, else names the reason for the history entries
 * the write appends. Every kind's repository calls this one rule, so form and store agree.
 */
export function requireReason<F extends string>(change: ReasonedChange<F>, before: Readonly<Record<F, unknown>>, after: Readonly<Record<F, unknown>>): void {
  const reason = keptText(change.reason ?? '');
  if (reason === '' && fieldsNeedingReason(change.reasonRequiredFor ?? [], before, after).length > 0) refuse({ field: 'reason', code: 'reasonRequired' });
  describeChange({ reason });
}
