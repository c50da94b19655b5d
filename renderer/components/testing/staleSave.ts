import { conflictFields, conflictOf, mergeValues, movedOnlyElsewhere, proposedChoice, type ConflictView, type Side, type StaleEditConflict } from '../staleMerge';

/** One listed field as the conflict view shows it: its label, who changed it, both values. */
export interface ListedField {
  readonly label: string | undefined;
  readonly changedBy: string;
  readonly theirs: unknown;
  readonly mine: unknown;
}

/**
 * A form's stale save, as FormDialog runs it but without its screen: the clerk's save on the
 * version opened is refused, the conflict built by the form's own view, the fields listed, the
 * clerk's choice (else what is proposed) merged and saved on the stored version — or, where the
 * stored record moved only outside the form, the clerk's values saved on it without asking
 * (`asked` false). Throws when the first save was not refused as stale, so a test of a kind
 * without its check fails.
 */
export async function mergeStaleSave<Values extends object, Stored>({ view, opened, version, mine, save, choose }: {
  readonly view: ConflictView<Values, Stored>;
  readonly opened: Values;
  readonly version: number;
  readonly mine: Values;
  readonly save: (values: Values, edited: number) => Promise<unknown>;
  readonly choose?: Readonly<Partial<Record<keyof Values & string, Side>>>;
}): Promise<{ readonly asked: boolean; readonly listed: Readonly<Record<string, ListedField>>; readonly merged: Values; readonly conflict: StaleEditConflict<Values> }> {
  const refusal = await save(mine, version).then(
    () => new Error('the save on the opened version was accepted'),
    (error: unknown) => error,
  );
  const conflict = conflictOf(refusal, view, opened, mine);
  if (conflict === undefined) throw refusal;
  const compared = Object.keys(view.labels) as (keyof Values & string)[];
  if (movedOnlyElsewhere(conflict, compared)) {
    await save(mine, conflict.version);
    return { asked: false, listed: {}, merged: mine, conflict };
  }
  const fields = conflictFields(conflict, compared);
  const listed = Object.fromEntries(fields.map(({ field, changedBy }) => [field, { label: view.labels[field], changedBy, theirs: conflict.theirs[field], mine: conflict.mine[field] }]));
  const merged = mergeValues(conflict, compared, { ...proposedChoice(fields), ...(choose ?? {}) });
  await save(merged, conflict.version);
  return { asked: true, listed, merged, conflict };
}
