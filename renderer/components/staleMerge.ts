import { isStaleEdit } from '../db/staleEdit';

/**
 * The rule behind a refused stale save (renderer/db/staleEdit.ts), apart from its screen: three
 * versions of one form's values — as the clerk opened the record, as it is stored now, as the
 * clerk edited it — become the fields to choose between and, once chosen, the values saved.
 */

/** Whose value a field takes in the merged save: the clerk's, or the one stored meanwhile. */
export type Side = 'mine' | 'theirs';

/** Who moved a field away from the version the clerk opened. */
export type ChangedBy = Side | 'both';

export interface StaleEditConflict<Values> {
  /** The values the form started from (the record as it was opened, or the base of an earlier merge). */
  readonly opened: Values;
  /** The stored record now, as form values. */
  readonly theirs: Values;
  /** What the clerk submitted. */
  readonly mine: Values;
  /** The stored record's `updatedAt`: the version the merged save is made on. */
  readonly version: number;
}

export interface ConflictField<F extends string> {
  readonly field: F;
  readonly changedBy: ChangedBy;
  /** Chosen until the clerk says otherwise: the side that changed it (the clerk's when both did). */
  readonly proposed: Side;
}

/**
 * How a form shows its conflict: the stored record as the form's values (`undefined` when what
 * the form edits is no longer there, e.g. a member removed from the term), the fields compared
 * with their labels (the form's own, from the locale), and how a value reads on the form where it
 * is not plain text (an option's label rather than its code). Fields without a label — the
 * reason, a hint — are not compared and stay the clerk's.
 */
export interface ConflictView<Values, Stored> {
  readonly valuesOf: (stored: Stored) => Values | undefined;
  readonly labels: Readonly<Partial<Record<keyof Values & string, string>>>;
  readonly display?: (field: keyof Values & string, value: unknown) => string | undefined;
}

const blank = (value: unknown): boolean => value === null || value === undefined || value === '';

/** Equal as the form holds them: every kind of blank alike, dates and lists by their contents. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The compared fields whose stored value differs from the clerk's, in the labels' order. */
export function conflictFields<Values extends object>(conflict: StaleEditConflict<Values>, compared: readonly (keyof Values & string)[]): ConflictField<keyof Values & string>[] {
  return compared
    .filter((field) => !sameValue(conflict.mine[field], conflict.theirs[field]))
    .map((field) => {
      const mineMoved = !sameValue(conflict.mine[field], conflict.opened[field]);
      const theirsMoved = !sameValue(conflict.theirs[field], conflict.opened[field]);
      const changedBy: ChangedBy = mineMoved && theirsMoved ? 'both' : mineMoved ? 'mine' : 'theirs';
      return { field, changedBy, proposed: changedBy === 'theirs' ? 'theirs' : 'mine' };
    });
}

/**
 * The stored record moved on only outside what the form shows (a photo added to the inspection
 * being edited, a step taken on the complaint, another member of the term corrected): the
 * clerk's values saved on the stored version lose nothing, so there is nothing to ask.
 */
export function movedOnlyElsewhere<Values extends object>(conflict: StaleEditConflict<Values>, compared: readonly (keyof Values & string)[]): boolean {
  return compared.every((field) => sameValue(conflict.theirs[field], conflict.opened[field]));
}

/** Every listed field on one side: the "keep all of mine / of theirs" choice. */
export function chooseAll<F extends string>(fields: readonly ConflictField<F>[], side: Side): Record<F, Side> {
  return Object.fromEntries(fields.map((f) => [f.field, side])) as Record<F, Side>;
}

/** What each listed field starts on. */
export function proposedChoice<F extends string>(fields: readonly ConflictField<F>[]): Record<F, Side> {
  return Object.fromEntries(fields.map((f) => [f.field, f.proposed])) as Record<F, Side>;
}

/**
 * The values saved: each compared field stored as it is now unless the clerk chose theirs own
 * (a field left unchosen is never taken from the clerk); the fields not compared (the reason) as
 * the clerk typed them.
 */
export function mergeValues<Values extends object>(conflict: StaleEditConflict<Values>, compared: readonly (keyof Values & string)[], chosen: Readonly<Partial<Record<keyof Values & string, Side>>>): Values {
  const out: Values = { ...conflict.mine };
  for (const field of compared) out[field] = chosen[field] === 'mine' ? conflict.mine[field] : conflict.theirs[field];
  return out;
}

/**
 * A save's refusal as the conflict to show: `undefined` when it is not a stale save, the form
 * shows no conflict, or what it edited is gone — then the refusal is only said.
 */
export function conflictOf<Values, Stored>(error: unknown, view: ConflictView<Values, Stored> | undefined, opened: Values, mine: Values): StaleEditConflict<Values> | undefined {
  if (!isStaleEdit(error) || view === undefined) return undefined;
  const theirs = view.valuesOf(error.stored as Stored);
  return theirs === undefined ? undefined : { opened, theirs, mine, version: error.stored.updatedAt };
}
