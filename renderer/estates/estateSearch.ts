import type { SearchProvider } from '../../shared/search';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { formerNamesOf } from '../history';

/**
 * Estates are found by name, aliases (别名), former names (曾用名, from the field history),
 * company and address; the community says which one is meant.
 */
export const estateSearchProvider: SearchProvider<StreetLedgerDb> = {
  kind: 'estate',
  async documents(db) {
    const [estates, communities] = await Promise.all([db.estates.toArray(), db.communities.toArray()]);
    const communityName = new Map(communities.map((c) => [c.id, c.name]));
    const names = new Map(estates.map((e) => [e.id, e.name]));
    const former = await formerNamesOf(db, 'estate', (id) => names.get(id));
    return estates.map((e) => ({
      kind: 'estate',
      id: e.id,
      opens: { estate: e.id },
      title: e.name,
      detail: communityName.get(e.communityId) ?? '',
      texts: [e.name, ...e.aliases, ...(former.get(e.id) ?? []), e.company, e.address],
    }));
  },
};

export const communitySearchProvider: SearchProvider<StreetLedgerDb> = {
  kind: 'community',
  async documents(db) {
    const communities = await db.communities.toArray();
    const names = new Map(communities.map((c) => [c.id, c.name]));
    const former = await formerNamesOf(db, 'community', (id) => names.get(id));
    return communities.map((c) => ({ kind: 'community', id: c.id, opens: { community: c.id }, title: c.name, detail: c.director, texts: [c.name, ...(former.get(c.id) ?? []), c.director] }));
  },
};
