import type { SearchProvider } from '../../shared/search';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/** Property companies by name, aliases (曾用名, 简称 as the register keeps them) and credit code; Enter opens the company's page. */
export const companySearchProvider: SearchProvider<StreetLedgerDb> = {
  kind: 'company',
  async documents(db) {
    const companies = await db.companies.toArray();
    return companies.map((c) => ({
      kind: 'company',
      id: c.id,
      opens: { company: c.id },
      title: c.name,
      detail: c.qualification,
      texts: [c.name, ...c.aliases, c.creditCode],
    }));
  },
};
