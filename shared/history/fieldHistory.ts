/**
 * Field history (字段变更记录): every change to a record, field by field, with who made it,
 * when and why. The district asks exactly that of an estate's class, management mode and
 * company; the same log serves every record kind. Entries are only ever appended.
 */

/** Record kinds the log knows. A kind to come adds its code here and a line in trackedTables.ts. */
export const HISTORY_KINDS = [
  'community',
  'estate',
  'committeeTerm',
  'committeeMember',
  'preparatoryGroup',
  'assemblyMeeting',
  'inspection',
  'notice',
  'survey',
  'complaint',
  'company',
  'creditEntry',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** A record appeared, one of its fields changed, or it went away. */
export const HISTORY_CHANGES = ['created', 'updated', 'deleted'] as const;
export type HistoryChange = (typeof HISTORY_CHANGES)[number];

/** What made the change: a person's edit, an import batch, or undoing one. */
export const CHANGE_CAUSES = ['edit', 'import', 'undoImport'] as const;
export type ChangeCause = (typeof CHANGE_CAUSES)[number];

/** One change as the diff of two rows finds it, before it is stamped. */
export interface FieldChangeEntry {
  readonly kind: HistoryKind;
  readonly recordId: string;
  /** The estate the record belongs to (the estate itself for an estate), so its page lists it. */
  readonly estateId: string | null;
  readonly change: HistoryChange;
  /** A field path ("company", "planned.class1", "categories.sanitation.note"); null when created or deleted. */
  readonly field: string | null;
  /** The stored value before (for a deleted record: the whole record as it was). */
  readonly before: unknown;
  readonly after: unknown;
}

/** Who changed it and why, for every entry a transaction writes. */
export interface ChangeAuthor {
  readonly operator: string;
  /** The person's own words; for an import or its undo, the file's name. */
  readonly reason: string;
  readonly cause: ChangeCause;
  readonly batchId: string | null;
}

export interface HistoryEntry extends FieldChangeEntry, ChangeAuthor {
  readonly id: string;
  /** Milliseconds since the epoch. */
  readonly at: number;
}
