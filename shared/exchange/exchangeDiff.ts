import type { ChangedRecord, RecordDiff } from './diff';
import type { CreatedRecords, ExchangeAnalysis } from './exchangeAnalysis';
import { IMPORT_KINDS, recordKind } from './kinds';
import { diffAgainst, type SheetAnalysis } from './pipeline';
import type { ExchangeKind, KindContext, LedgerPart, RowOf, StoredLedger } from './recordKind';

/**
 * The preview of an analysed workbook against the stored ledger, by kind: each valid row new,
 * changed field by field, or unchanged. The commit takes it again inside its transaction and
 * writes only if it is still exactly what the preview showed.
 */

export type ExchangeDiff = { readonly [K in ExchangeKind]?: RecordDiff<RowOf<K>> };

export const NO_DIFF: RecordDiff<never> = { added: [], changed: [], unchanged: [] };

/** The parts of the ledger the diff of these kinds reads. */
export function ledgerParts(kinds: readonly ExchangeKind[]): LedgerPart[] {
  return [...new Set(kinds.flatMap((kind) => recordKind(kind).store?.reads ?? []))];
}

/** One kind's rows against its stored records; rows that bring nothing to write are left out. */
export function diffKind<K extends ExchangeKind>(kind: K, analysis: SheetAnalysis<RowOf<K>>, ledger: StoredLedger, context: KindContext): RecordDiff<RowOf<K>> {
  const descriptor = recordKind(kind);
  const store = descriptor.store;
  if (!store) return NO_DIFF;
  const writes = store.writes;
  const rows = writes ? { ...analysis, rows: { ...analysis.rows, valid: analysis.rows.valid.filter((r) => writes(r.value)) } } : analysis;
  return diffAgainst(rows, descriptor.mapping(context), store.existing(ledger));
}

type Diffs = { -readonly [K in ExchangeKind]?: RecordDiff<RowOf<K>> };

function put<K extends ExchangeKind>(into: { -readonly [P in K]?: RecordDiff<RowOf<P>> }, kind: K, diff: RecordDiff<RowOf<K>>): void {
  into[kind] = diff;
}

/**
 * Records the user agreed to create with the import (communities a first estate list names) are
 * new unless the ledger has them by now; they have no sheet row of their own (row 0).
 */
function withCreated<K extends ExchangeKind>(kind: K, diff: RecordDiff<RowOf<K>>, rows: readonly RowOf<K>[], ledger: StoredLedger, context: KindContext): RecordDiff<RowOf<K>> {
  const descriptor = recordKind(kind);
  if (!descriptor.store || rows.length === 0) return diff;
  const mapping = descriptor.mapping(context);
  const stored = new Set(descriptor.store.existing(ledger).map((r) => mapping.identity(r.value).key));
  const added = rows.filter((row) => !stored.has(mapping.identity(row).key)).map((value) => ({ row: 0, value }));
  return { ...diff, added: [...diff.added, ...added] };
}

/** Every stored kind the analysis holds (of `kinds`, all import kinds by default), and the records to create. */
export function diffAnalysis(
  analysis: ExchangeAnalysis,
  ledger: StoredLedger,
  context: KindContext,
  kinds: readonly ExchangeKind[] = IMPORT_KINDS,
  created: CreatedRecords = {},
): ExchangeDiff {
  const out: Diffs = {};
  const one = <K extends ExchangeKind>(kind: K) => {
    const sheet = analysis[kind];
    const rows = created[kind] ?? [];
    if (sheet || rows.length > 0) put(out, kind, withCreated(kind, sheet ? diffKind(kind, sheet, ledger, context) : NO_DIFF, rows, ledger, context));
  };
  for (const kind of kinds) one(kind);
  return out;
}

/** Rows the diff would write (new and changed). */
export function writesOf(diff: RecordDiff<unknown> | undefined): number {
  return diff ? diff.added.length + diff.changed.length : 0;
}

function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || (a == null && b == null);
}

function sameChanges(a: ChangedRecord<unknown>, b: ChangedRecord<unknown>): boolean {
  return (
    a.row === b.row &&
    a.id === b.id &&
    a.changes.length === b.changes.length &&
    a.changes.every((c, i) => {
      const d = b.changes[i];
      return d !== undefined && c.field === d.field && sameValue(c.before, d.before) && sameValue(c.after, d.after);
    })
  );
}

/**
 * Whether two diffs of the same rows say the same thing, row by row: the same rows new, the same
 * stored records changed with the same old and new values, the same ones unchanged. Counts alone
 * would let an edit made since the preview (households 100 → 110 while the preview said
 * 100 → 1203) through unseen.
 */
export function sameDiff<V>(a: RecordDiff<V>, b: RecordDiff<V>): boolean {
  return (
    a.added.length === b.added.length &&
    a.changed.length === b.changed.length &&
    a.unchanged.length === b.unchanged.length &&
    a.added.every((r, i) => r.row === b.added[i]?.row) &&
    a.changed.every((r, i) => {
      const other = b.changed[i];
      return other !== undefined && sameChanges(r, other);
    }) &&
    a.unchanged.every((r, i) => r.row === b.unchanged[i]?.row && r.id === b.unchanged[i]?.id)
  );
}
