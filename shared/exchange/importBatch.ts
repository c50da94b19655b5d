/**
 * What one committed import did, kept so it can be undone as a whole. Every row the batch wrote
 * carries `updatedAt === committedAt`, so "edited since" is one comparison per row and the batch
 * needs no copy of what it wrote — only the ids it added and the rows it replaced, as they were.
 */
export interface ImportBatchEntry {
  /** A table of the database (communities, estates, committeeTerms …). */
  readonly table: string;
  readonly added: readonly string[];
  /** The rows the batch overwrote, exactly as they were before. */
  readonly replaced: readonly { readonly id: string }[];
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
  /** The record kind (inventory, committees, inspections …). */
  readonly kind: string;
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
