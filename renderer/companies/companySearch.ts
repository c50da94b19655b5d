import type { SearchProvider } from '../../shared/search';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { formerNamesOf } from '../history';

/**
 * Property companies by name, short names (简称, with the names a merge folded in), former names
 * (曾用名, from the field history: a company renamed in the register) and credit code; Enter
 * opens the company's page.
 */
export const companySearchProvider: SearchProvider<StreetLedgerDb> = {
  kind: 'company',
  async documents(db) {
    const companies = await db.companies.toArray();
    const names = new Map(companies.map((c) => [c.id, c.name]));
    const former = await formerNamesOf(db, 'company', (id) => names.get(id));
    return companies.map((c) => ({
      kind: 'company',
      id: c.id,
      opens: { company: c.id },
      title: c.name,
      detail: c.qualification,
      texts: [c.name, ...c.aliases, ...(former.get(c.id) ?? []), c.creditCode],
    }));
  },
};
