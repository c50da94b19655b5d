import type { CellValue } from './grid';

/**
 * Whether a cell reads as a label (a column name) or as a value (what a record says). Header
 * search uses it so a data row is never taken for a header, whatever one of its cells says:
 * "物业公司" under 维修基金代收单位 is a value in a row that also holds 124451, 2001-09-01 and
 * 0421-9082131.
 */

// Numbers, percentages and amounts as text ("124451", "1,203", "12.5%").
// Matching data, not UI words: what clerks and offices write, read in every locale (issue 8).
const NUMBER_TEXT = /^[-+]?\d[\d,，.\s]*%?$/;
// 2001-09-01, 2001/9/1, 2001.09, 2001年9月1日 — a year alone ("2024年") may head a column.
const DATE_TEXT = /^\d{4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,2}\s*日?)?$/;
// Phone numbers with area codes or extensions, ID and filing numbers.
const CODE_TEXT = /^[+(（]?\d[\d\s()（）+-]{5,}[\dXx]$/;
// Column names are short; a cell longer than this is an address, a note or a finding.
const LONG_VALUE = 24;

export function looksLikeValue(value: CellValue): boolean {
  if (value === null) return false;
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  const text = value.normalize('NFKC').trim();
  if (text === '') return false;
  return NUMBER_TEXT.test(text) || DATE_TEXT.test(text) || CODE_TEXT.test(text) || text.length > LONG_VALUE;
}

function filled(row: readonly CellValue[]): CellValue[] {
  return row.filter((v) => v !== null && !(typeof v === 'string' && v.trim() === ''));
}

/** A row most of whose cells are values is data, never a header. */
export function looksLikeDataRow(row: readonly CellValue[]): boolean {
  const cells = filled(row);
  if (cells.length === 0) return false;
  return cells.filter(looksLikeValue).length * 2 > cells.length;
}

/** A row of labels only: what the second row of a two-row header must be. */
export function looksLikeLabelRow(row: readonly CellValue[]): boolean {
  const cells = filled(row);
  return cells.length > 0 && !cells.some(looksLikeValue);
}
