import type { Community } from '../../shared/estates/community';
import type { Estate } from '../../shared/estates/estate';
import { nameKey } from '../../shared/common/text';
import { estateKey } from '../../shared/estates/estateReference';
import { refuse } from '../db/problems';

/**
 * Stored estates by the key a sheet row names them with (community + estate name keys), for the
 * imports whose rows point at estates by name: committee terms and members, inspections.
 * Estates of an unknown community are left out.
 */
export function estateIdsByKey(communities: readonly Community[], estates: readonly Estate[]): Map<string, string> {
  const communityKey = new Map(communities.map((c) => [c.id, c.nameKey]));
  const ids = new Map<string, string>();
  for (const e of estates) {
    const c = communityKey.get(e.communityId);
    if (c !== undefined) ids.set(estateKey(c, e.nameKey), e.id);
  }
  return ids;
}

/** The id of the estate a row names; refused (unknownEstate) if there is none. */
export function estateIdResolver(communities: readonly Community[], estates: readonly Estate[]): (community: string, estate: string) => string {
  const ids = estateIdsByKey(communities, estates);
  return (community, estate) =>
    ids.get(estateKey(nameKey(community), nameKey(estate))) ?? refuse({ field: 'estate', code: 'unknownEstate', params: { name: `${community} / ${estate}` } });
}
