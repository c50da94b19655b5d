import type { AssemblyMeetingFields, CommitteeTermLike, PreparatoryGroupFields } from './types';

export interface RecordsOfEstate<G, M, T> {
  readonly groups: readonly G[];
  readonly meetings: readonly M[];
  readonly terms: readonly T[];
}

type Owned = { readonly estateId: string };

/** Every record of the street, sorted into one bundle per estate (estates without any are absent). */
export function groupByEstate<
  G extends Owned & Pick<PreparatoryGroupFields, 'formedOn'>,
  M extends Owned & Pick<AssemblyMeetingFields, 'heldOn' | 'kind'>,
  T extends Owned & CommitteeTermLike,
>(groups: readonly G[], meetings: readonly M[], terms: readonly T[]): Map<string, RecordsOfEstate<G, M, T>> {
  const out = new Map<string, { groups: G[]; meetings: M[]; terms: T[] }>();
  const bundle = (estateId: string) => {
    let found = out.get(estateId);
    if (!found) {
      found = { groups: [], meetings: [], terms: [] };
      out.set(estateId, found);
    }
    return found;
  };
  for (const g of groups) bundle(g.estateId).groups.push(g);
  for (const m of meetings) bundle(m.estateId).meetings.push(m);
  for (const t of terms) bundle(t.estateId).terms.push(t);
  return out;
}

export const NO_RECORDS: RecordsOfEstate<never, never, never> = { groups: [], meetings: [], terms: [] };
