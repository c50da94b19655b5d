import { useMemo } from 'react';
import type { Community, Estate } from '../../shared/estates';
import { useCommunities, useEstates } from '../estates/ui';

export interface EstateEntry {
  readonly estate: Estate;
  readonly community: Community | undefined;
}

export interface EstateDirectory {
  readonly estates: readonly Estate[];
  readonly communities: readonly Community[];
  get(estateId: string): EstateEntry | undefined;
  /** "太平社区 / 万科a区", or the bare id of an estate that is gone. */
  label(estateId: string): string;
  communityOf(estateId: string): string | undefined;
  estateIdsOf(communityIds: readonly string[]): string[];
}

/** Estates and their communities by id, for lists that show records of many estates. */
export function useEstateDirectory(): EstateDirectory | undefined {
  const estates = useEstates();
  const communities = useCommunities();
  return useMemo(() => {
    if (!estates || !communities) return undefined;
    const communityById = new Map(communities.map((c) => [c.id, c]));
    const byId = new Map(estates.map((e) => [e.id, { estate: e, community: communityById.get(e.communityId) }]));
    return {
      estates,
      communities,
      get: (id) => byId.get(id),
      label: (id) => {
        const entry = byId.get(id);
        return entry ? `${entry.community?.name ?? ''} / ${entry.estate.name}` : id;
      },
      communityOf: (id) => byId.get(id)?.estate.communityId,
      estateIdsOf: (ids) => {
        const wanted = new Set(ids);
        return estates.filter((e) => wanted.has(e.communityId)).map((e) => e.id);
      },
    };
  }, [estates, communities]);
}
