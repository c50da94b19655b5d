/** 社区 or 村: the unit under a street office that owns a list of estates. */
export const COMMUNITY_KINDS = ['community', 'village'] as const;
export type CommunityKind = (typeof COMMUNITY_KINDS)[number];

/**
 * Plan 5's columns: the estates a community plans to bring under management, in total and per
 * class. `null` is a blank cell (not yet planned), which is not the same as 0 ("–" in plan 5).
 */
export interface PlannedCounts {
  readonly total: number | null;
  readonly class1: number | null;
  readonly class2: number | null;
  readonly class3: number | null;
}

export const NO_PLAN: PlannedCounts = { total: null, class1: null, class2: null, class3: null };

/** What a person enters for a community. */
export interface CommunityFields {
  readonly name: string;
  readonly kind: CommunityKind;
  readonly director: string;
  readonly phone: string;
  readonly planned: PlannedCounts;
}

/** A stored community row. */
export interface Community extends CommunityFields {
  readonly id: string;
  /** `nameKey(name)`: what uniqueness and look-ups compare. */
  readonly nameKey: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}
