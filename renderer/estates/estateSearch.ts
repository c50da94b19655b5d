import type { SearchProvider } from '../../shared/search';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/** Estates are found by name, company and address; the community says which one is meant. */
export const estateSearchProvider: SearchProvider<StreetLedgerDb> = {
  kind: 'estate',
  async documents(db) {
    const [estates, communities] = await Promise.all([db.estates.toArray(), db.communities.toArray()]);
    const communityName = new Map(communities.map((c) => [c.id, c.name]));
    return estates.map((e) => ({
      kind: 'estate',
      id: e.id,
      opens: e.id,
      title: e.name,
      detail: communityName.get(e.communityId) ?? '',
      texts: [e.name, e.company, e.address],
    }));
  },
};

export const communitySearchProvider: SearchProvider<StreetLedgerDb> = {
  kind: 'community',
  async documents(db) {
    const communities = await db.communities.toArray();
    return communities.map((c) => ({ kind: 'community', id: c.id, opens: c.id, title: c.name, detail: c.director, texts: [c.name, c.director] }));
  },
};
