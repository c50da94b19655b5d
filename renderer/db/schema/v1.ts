import type { SchemaVersion } from './schemaVersion';

/**
 * Version 1, the first release: communities and the estates under them.
 * Indexed: what uniqueness needs (`&nameKey`, `&[communityId+nameKey]`) and what lists filter
 * or count by. estateClass is stored 0..3 (never null) precisely so it can be indexed; `pilot`
 * is a boolean, which IndexedDB cannot index, so it is filtered in memory.
 */
export const v1 = {
  version: 1,
  stores: {
    communities: 'id, &nameKey',
    estates: 'id, communityId, estateClass, mode, nameKey, &[communityId+nameKey], updatedAt',
  },
} as const satisfies SchemaVersion;

/*
 * Row shapes as version 1 wrote them, frozen here on purpose: the live types in shared/domain
 * will change, and a migration test must seed exactly what an old installation holds.
 */
export interface V1CommunityRow {
  id: string;
  name: string;
  nameKey: string;
  kind: 'community' | 'village';
  director: string;
  phone: string;
  planned: { total: number | null; class1: number | null; class2: number | null; class3: number | null };
  createdAt: number;
  updatedAt: number;
}

export interface V1EstateRow {
  id: string;
  communityId: string;
  name: string;
  nameKey: string;
  estateClass: 0 | 1 | 2 | 3;
  mode: string;
  company: string;
  buildings: number | null;
  households: number | null;
  floorArea: number | null;
  address: string;
  pilot: boolean;
  notes: string;
  createdAt: number;
  updatedAt: number;
}
