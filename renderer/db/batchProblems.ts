import type { Problem } from '../../shared/common/problem';
import type { StampedRow } from './importCommit';

/** How a message names a row: an estate or community by name, an inspection by its day, a term by its number. */
function labelOf(row: Omit<StampedRow, 'updatedAt'>): string {
  if (typeof row.name === 'string') return row.name;
  if (typeof row.inspectedOn === 'string') return row.inspectedOn;
  if (typeof row.termNumber === 'number') return `第${row.termNumber}届`;
  return row.id;
}

/** A refusal about an import batch, naming the row it concerns. */
export function batchProblem(code: Problem['code'], row: Omit<StampedRow, 'updatedAt'>): Problem {
  return { field: 'batch', code, params: { name: labelOf(row) } };
}
