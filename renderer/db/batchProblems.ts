import type { Problem } from '../../shared/common/problem';
import type { StampedRow } from './importCommit';

/**
 * A refusal about an import batch, naming the row it concerns: an estate or community by name,
 * an inspection by its day, a term by its number (worded by the locale files).
 */
export function batchProblem(code: Problem['code'], row: Omit<StampedRow, 'updatedAt'>): Problem {
  if (typeof row.name === 'string') return { field: 'batch', code, params: { name: row.name } };
  if (typeof row.inspectedOn === 'string') return { field: 'batch', code, params: { name: row.inspectedOn } };
  if (typeof row.termNumber === 'number') return { field: 'batch', code, params: { termNumber: row.termNumber } };
  return { field: 'batch', code, params: { name: row.id } };
}
