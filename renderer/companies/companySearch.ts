import type { SearchProvider } from '../../shared/search';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/** Companies are found by their name, short names and credit code; the first short name says which. */
export const companySearchProvider: SearchProvider<StreetLedgerDb> = {
  kind: 'company',
  async documents(db) {
    const companies = await db.companies.toArray();
    return companies.map((c) => ({
      kind: 'company',
      id: c.id,
      opens: c.id,
      title: c.name,
      detail: c.aliases[0] ?? '',
      texts: [c.name, ...c.aliases, c.creditCode],
    }));
  },
};
