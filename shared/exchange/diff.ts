import type { RecordMapping } from './mapping';
import type { ValidRow } from './validateRows';

/**
 * The preview before anything is written: each valid row against the records already held,
 * as new, changed (field by field, old → new) or unchanged. Matching is by the kind's identity
 * (community + estate name, by `nameKey`), so "万科１期 " updates "万科1期". Only fields that
 * have a column in the sheet are compared and written: a sheet without an 地址 column leaves
 * every address as it was instead of blanking it.
 */

export interface ExistingRecord<V> {
  readonly id: string;
  readonly value: V;
}

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface NewRecord<V> {
  readonly row: number;
  readonly value: V;
}

export interface ChangedRecord<V> {
  readonly row: number;
  readonly id: string;
  /** The record as it will be: the stored one with the sheet's columns applied. */
  readonly value: V;
  readonly changes: readonly FieldChange[];
}

export interface UnchangedRecord {
  readonly row: number;
  readonly id: string;
}

export interface RecordDiff<V> {
  readonly added: NewRecord<V>[];
  readonly changed: ChangedRecord<V>[];
  readonly unchanged: UnchangedRecord[];
}

function same(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || (a === null && b === undefined) || (a === undefined && b === null);
}

export function diffRecords<V>(
  rows: readonly ValidRow<V>[],
  existing: readonly ExistingRecord<V>[],
  mapping: RecordMapping<V>,
  mappedFields: readonly string[],
): RecordDiff<V> {
  const byKey = new Map<string, ExistingRecord<V>>();
  for (const record of existing) byKey.set(mapping.identity(record.value).key, record);
  const compared = mapping.diffFields.filter((f) => mappedFields.includes(f));
  const out: RecordDiff<V> = { added: [], changed: [], unchanged: [] };
  for (const row of rows) {
    const stored = byKey.get(mapping.identity(row.value).key);
    if (!stored) {
      out.added.push({ row: row.row, value: row.value });
      continue;
    }
    const changes: FieldChange[] = [];
    for (const field of compared) {
      const before = mapping.fieldValue(stored.value, field);
      const after = mapping.fieldValue(row.value, field);
      if (!same(before, after)) changes.push({ field, before, after });
    }
    if (changes.length === 0) out.unchanged.push({ row: row.row, id: stored.id });
    else out.changed.push({ row: row.row, id: stored.id, value: mapping.withFields(stored.value, row.value, changes.map((c) => c.field)), changes });
  }
  return out;
}
