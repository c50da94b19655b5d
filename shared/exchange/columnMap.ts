import { scoreField } from './columnMatch';
import { columnLetter } from './grid';
import type { HeaderMatch } from './headerSearch';
import type { RecordMapping } from './mapping';

/**
 * Which column feeds which field: what the header search found, corrected by the user where
 * they said otherwise. A correction is remembered by the caller under the header's signature
 * and passed back here as `overrides` the next time the same layout arrives.
 */

/** Field → 0-based column, or `null` to leave the field out. Fields not named keep the automatic choice. */
export type ColumnOverrides = Readonly<Record<string, number | null>>;

export interface ColumnAssignment {
  readonly column: number;
  /** "C", as Excel names it. */
  readonly letter: string;
  /** The column's name in the sheet ("其中·一类"). */
  readonly header: string;
  /** 0…1; 1 for a user's choice or an exact name. */
  readonly confidence: number;
  /** Unit factor read from the column name (万㎡ → 10 000). */
  readonly scale: number;
  readonly source: 'auto' | 'user';
}

export interface ColumnMapping {
  readonly fields: Readonly<Record<string, ColumnAssignment | null>>;
  /** Mean confidence of the assigned fields, 0 when none. */
  readonly confidence: number;
  /** Required fields without a column. */
  readonly missing: readonly string[];
}

// Excel's last column (XFD); anything past it is not a column.
const MAX_COLUMN = 16_384;

export function mapColumns(header: HeaderMatch, mapping: RecordMapping<unknown>, overrides: ColumnOverrides = {}): ColumnMapping {
  const fields: Record<string, ColumnAssignment | null> = {};
  const assign = (field: string, column: number, confidence: number, scale: number, source: ColumnAssignment['source']): void => {
    fields[field] = { column, letter: columnLetter(column), header: header.labels[column] ?? '', confidence, scale, source };
  };
  const userColumns = new Set(Object.values(overrides).filter((c): c is number => c !== null && c !== undefined));
  for (const match of header.matches) {
    if (match.field in overrides || userColumns.has(match.column)) continue;
    assign(match.field, match.column, match.confidence, match.scale, 'auto');
  }
  for (const def of mapping.fields) {
    if (!(def.key in overrides)) continue;
    const column = overrides[def.key];
    if (column === null || column === undefined || !Number.isInteger(column) || column < 0 || column >= MAX_COLUMN) continue;
    // The unit still comes from the column's name, whoever chose the column.
    const scale = scoreField(def, header.variants[column] ?? []).scale;
    assign(def.key, column, 1, scale, 'user');
  }
  const result: Record<string, ColumnAssignment | null> = {};
  for (const def of mapping.fields) result[def.key] = fields[def.key] ?? null;
  const assigned = Object.values(result).filter((a): a is ColumnAssignment => a !== null);
  return {
    fields: result,
    confidence: assigned.length === 0 ? 0 : assigned.reduce((s, a) => s + a.confidence, 0) / assigned.length,
    missing: mapping.fields.filter((f) => f.required && !result[f.key]).map((f) => f.key),
  };
}
