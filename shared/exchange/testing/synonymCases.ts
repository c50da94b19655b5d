import { expect } from 'vitest';
import { assignColumns } from '../columnMatch';
import { foldHeader } from '../headerFold';
import type { RecordMapping } from '../mapping';

/**
 * For the synonym tests of each record kind: the field a column name, as clerks write it, is
 * matched to, alone in a header.
 */
export function fieldOf(mapping: RecordMapping<unknown>, header: string): string | null {
  const [match] = assignColumns(mapping, [[{ folded: foldHeader(header), weight: 1 }]]);
  return match?.field ?? null;
}

export function expectNames(mapping: RecordMapping<unknown>, cases: readonly (readonly [string, string | null])[]): void {
  const got = cases.map(([header]) => [header, fieldOf(mapping, header)]);
  expect(got).toEqual(cases.map(([header, field]) => [header, field]));
}
