import type { ColumnMapping } from './columnMap';
import { columnLetter } from './grid';

/**
 * What became of every named column of a sheet: the field it feeds, or none. The import
 * preview and `street-ledger check` both show it, so a clerk sees that 维修基金代收单位 was
 * left out rather than guessing.
 */
export interface ColumnUse {
  /** 0-based. */
  readonly index: number;
  /** "J", as Excel names it. */
  readonly column: string;
  /** The column's name in the sheet, as written ("小区物业公司(必填)"). */
  readonly header: string;
  /** The field it feeds, or null when it is not imported. */
  readonly field: string | null;
}

export function columnUses(labels: readonly string[], columns: ColumnMapping): ColumnUse[] {
  const fieldAt = new Map<number, string>();
  for (const [field, assignment] of Object.entries(columns.fields)) if (assignment) fieldAt.set(assignment.column, field);
  const uses: ColumnUse[] = [];
  labels.forEach((header, index) => {
    const field = fieldAt.get(index) ?? null;
    if (header === '' && field === null) return;
    uses.push({ index, column: columnLetter(index), header, field });
  });
  // A column the user chose that has no name in the header still shows.
  for (const [index, field] of fieldAt) {
    if (index >= labels.length) uses.push({ index, column: columnLetter(index), header: '', field });
  }
  return uses.sort((a, b) => a.index - b.index);
}

// Words in a column name that say it probably holds something the ledger keeps: a 物业 company,
// an area, buildings, households, a phone number.
// Matching data, not UI words: what clerks and offices write, read in every locale (issue 8).
const LOOKS_KNOWN = /物业|面积|栋|幢|户|电话/;

/** Ignored columns whose name looks like a known field: worth a second look before importing. */
export function lookalikeIgnored(uses: readonly ColumnUse[]): ColumnUse[] {
  return uses.filter((u) => u.field === null && LOOKS_KNOWN.test(u.header.normalize('NFKC')));
}
