import { problemOf, type Problem, type ProblemCode } from '../../shared/common/problem';
import type { StampedRow } from './importCommit';

type BatchProblemCode = Extract<ProblemCode, 'batchEditedSince' | 'batchRecordGone' | 'batchReferenced'>;

/**
 * A refusal about an import batch, naming the row it concerns: an estate or community by name,
 * an inspection by its day, a term by its number (worded by the locale files).
 */
export function batchProblem(code: BatchProblemCode, row: Omit<StampedRow, 'updatedAt'>): Problem {
  if (typeof row.name === 'string') return problemOf('batch', code, { name: row.name });
  if (typeof row.inspectedOn === 'string') return problemOf('batch', code, { name: row.inspectedOn });
  if (typeof row.termNumber === 'number') return problemOf('batch', code, { termNumber: row.termNumber });
  return problemOf('batch', code, { name: row.id });
}
