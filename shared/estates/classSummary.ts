import type { Community, PlannedCounts } from './community';
import type { Estate } from './estate';
import type { EstateClassCode } from './estateClass';

/** Estates actually in the inventory, per class. */
export interface ClassCounts {
  readonly class1: number;
  readonly class2: number;
  readonly class3: number;
  readonly unclassified: number;
  readonly total: number;
}

export const ZERO_COUNTS: ClassCounts = { class1: 0, class2: 0, class3: 0, unclassified: 0, total: 0 };

const KEY_OF_CLASS: Readonly<Record<EstateClassCode, keyof ClassCounts>> = {
  1: 'class1',
  2: 'class2',
  3: 'class3',
  0: 'unclassified',
};

export function addToCounts(counts: ClassCounts, estateClass: EstateClassCode): ClassCounts {
  const key = KEY_OF_CLASS[estateClass];
  return { ...counts, [key]: counts[key] + 1, total: counts.total + 1 };
}

export function countByClass(estates: Iterable<Pick<Estate, 'estateClass'>>): ClassCounts {
  let counts = ZERO_COUNTS;
  for (const estate of estates) counts = addToCounts(counts, estate.estateClass);
  return counts;
}

/** Planned counts summed over communities; a column stays blank only if every cell is blank. */
export function sumPlanned(plans: readonly PlannedCounts[]): PlannedCounts {
  const sum = (key: keyof PlannedCounts): number | null =>
    plans.reduce<number | null>((acc, plan) => {
      const value = plan[key];
      return value === null ? acc : (acc ?? 0) + value;
    }, null);
  return { total: sum('total'), class1: sum('class1'), class2: sum('class2'), class3: sum('class3') };
}

export function sumCounts(counts: readonly ClassCounts[]): ClassCounts {
  return counts.reduce<ClassCounts>(
    (acc, c) => ({
      class1: acc.class1 + c.class1,
      class2: acc.class2 + c.class2,
      class3: acc.class3 + c.class3,
      unclassified: acc.unclassified + c.unclassified,
      total: acc.total + c.total,
    }),
    ZERO_COUNTS,
  );
}

export interface CommunityClassRow {
  readonly communityId: string;
  readonly name: string;
  readonly inventory: ClassCounts;
  readonly planned: PlannedCounts;
}

/**
 * Plan 5's community × class table: one row per community (in the given order), estates
 * counted by class. Estates whose community is not in the list are left out, not guessed.
 */
export function summariseByCommunity(
  communities: readonly Pick<Community, 'id' | 'name' | 'planned'>[],
  estates: Iterable<Pick<Estate, 'communityId' | 'estateClass'>>,
): CommunityClassRow[] {
  const counts = new Map<string, ClassCounts>(communities.map((c) => [c.id, ZERO_COUNTS]));
  for (const estate of estates) {
    const current = counts.get(estate.communityId);
    if (current) counts.set(estate.communityId, addToCounts(current, estate.estateClass));
  }
  return communities.map((c) => ({
    communityId: c.id,
    name: c.name,
    inventory: counts.get(c.id) ?? ZERO_COUNTS,
    planned: c.planned,
  }));
}

export function totalsRow(rows: readonly CommunityClassRow[]): Omit<CommunityClassRow, 'communityId' | 'name'> {
  return { inventory: sumCounts(rows.map((r) => r.inventory)), planned: sumPlanned(rows.map((r) => r.planned)) };
}
