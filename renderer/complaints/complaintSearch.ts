import type { SearchProvider } from '../../shared/search';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/**
 * Complaints by their number and 12345 work-order number (typing 2024 or the order's digits
 * finds them). Never by the complainant's name or phone: the search shows what it matched, and
 * those stay masked everywhere.
 */
export const complaintSearchProvider: SearchProvider<StreetLedgerDb> = {
  kind: 'complaint',
  async documents(db) {
    const [complaints, estates] = await Promise.all([db.complaints.toArray(), db.estates.toArray()]);
    const estateName = new Map(estates.map((e) => [e.id, e.name]));
    return complaints.map((c) => ({
      kind: 'complaint',
      id: c.id,
      opens: c.id,
      title: c.number,
      detail: `${c.estateId === null ? '' : (estateName.get(c.estateId) ?? '')} ${c.receivedOn}`.trim(),
      texts: c.workOrderNumber === '' ? [c.number] : [c.number, c.workOrderNumber],
    }));
  },
};
