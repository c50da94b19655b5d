import type { FieldChangeEntry, HistoryKind } from './fieldHistory';
import { UNLOGGED_FIELDS, type TrackedTable } from './trackedTables';

/*
 * A change as field entries: the stored row before and after one write. Nested plain objects
 * (planned counts, an inspection's six categories) are followed down to their leaves, so an
 * entry names "categories.sanitation.note" rather than the whole categories block; lists are
 * compared as a whole; rows held inside the row (a term's members, with their own ids) are
 * records of their own kind.
 */

type Row = Readonly<Record<string, unknown>>;

function isPlainObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function leaves(value: unknown, path: string, out: Map<string, unknown>): void {
  if (isPlainObject(value)) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, `${path}.${key}`, out);
  } else {
    out.set(path, value);
  }
}

function fieldsOf(row: Row | undefined, skip: string | undefined): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!row) return out;
  for (const [key, value] of Object.entries(row)) {
    if (UNLOGGED_FIELDS.has(key) || key === skip) continue;
    leaves(value, key, out);
  }
  return out;
}

/** Values as stored data: lists and null/undefined compare by content. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b) || (a == null && b == null)) return true;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function estateOf(kind: HistoryKind, row: Row): string | null {
  if (kind === 'estate') return typeof row.id === 'string' ? row.id : null;
  return typeof row.estateId === 'string' ? row.estateId : null;
}

function fieldEntries(kind: HistoryKind, recordId: string, estateId: string | null, before: Row, after: Row, skip?: string): FieldChangeEntry[] {
  const old = fieldsOf(before, skip);
  const next = fieldsOf(after, skip);
  const entries: FieldChangeEntry[] = [];
  for (const field of new Set([...old.keys(), ...next.keys()])) {
    const a = old.get(field) ?? null;
    const b = next.get(field) ?? null;
    if (!same(a, b)) entries.push({ kind, recordId, estateId, change: 'updated', field, before: a, after: b });
  }
  return entries;
}

function childrenOf(row: Row, field: string): Map<string, Row> {
  const list = row[field];
  const out = new Map<string, Row>();
  if (Array.isArray(list)) for (const item of list) if (isPlainObject(item) && typeof item.id === 'string') out.set(item.id, item);
  return out;
}

/**
 * The entries one write makes: `before` undefined is a new record, `after` undefined a deleted
 * one (kept whole in `before`, so a deletion can be read back), both a field-by-field update.
 */
export function diffRows(table: TrackedTable, recordId: string, before: Row | undefined, after: Row | undefined): FieldChangeEntry[] {
  const { kind } = table;
  if (!before && !after) return [];
  if (!before) return [{ kind, recordId, estateId: estateOf(kind, after!), change: 'created', field: null, before: null, after: null }];
  if (!after) return [{ kind, recordId, estateId: estateOf(kind, before), change: 'deleted', field: null, before, after: null }];
  const estateId = estateOf(kind, after);
  const entries = fieldEntries(kind, recordId, estateId, before, after, table.children?.field);
  if (table.children) {
    const { field, kind: childKind } = table.children;
    const old = childrenOf(before, field);
    const next = childrenOf(after, field);
    for (const [id, child] of next) {
      const was = old.get(id);
      if (!was) entries.push({ kind: childKind, recordId: id, estateId, change: 'created', field: null, before: null, after: null });
      else entries.push(...fieldEntries(childKind, id, estateId, was, child));
    }
    for (const [id, child] of old) {
      if (!next.has(id)) entries.push({ kind: childKind, recordId: id, estateId, change: 'deleted', field: null, before: child, after: null });
    }
  }
  return entries;
}
