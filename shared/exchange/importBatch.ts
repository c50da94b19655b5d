import type { BatchKind, ImportRows, ImportTable } from './recordKind';

/**
 * What one committed import did, kept so it can be undone as a whole. Every row the batch wrote
 * carries `updatedAt === committedAt`, so "edited since" is one comparison per row and the batch
 * needs no copy of what it wrote — only the ids it added and the rows it replaced, as they were.
 */
export type ImportBatchEntry = { readonly [T in ImportTable]: ImportBatchEntryOf<T> }[ImportTable];

export interface ImportBatchEntryOf<T extends ImportTable> {
  /** The table of the database the rows are in. */
  readonly table: T;
  readonly added: readonly string[];
  /** The rows the batch overwrote, exactly as they were before. */
  readonly replaced: readonly ImportRows[T][];
}

export interface ImportCounts {
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly invalid: number;
  readonly skipped: number;
}

export interface ImportBatch {
  readonly id: string;
  readonly kind: BatchKind;
  readonly fileName: string;
  readonly sheets: readonly string[];
  readonly operator: string;
  readonly committedAt: number;
  readonly counts: ImportCounts;
  /** In write order; undo walks them backwards (estates before the communities they sit in). */
  readonly entries: readonly ImportBatchEntry[];
  readonly undoneAt: number | null;
}

/** A user's corrected column mapping, remembered for the header layout it was made for. */
export interface RememberedColumnMapping {
  /** `${kind}:${header signature}` */
  readonly key: string;
  /** field → 0-based column index, or null for "not imported". */
  readonly columns: Readonly<Record<string, number | null>>;
  readonly savedAt: number;
}
