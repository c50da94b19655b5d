import type { SearchProvider } from '../../shared/search';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/** Complaints by their number and the hotline's work-order number; Enter opens the complaint itself. */
export const complaintSearchProvider: SearchProvider<StreetLedgerDb> = {
  kind: 'complaint',
  async documents(db) {
    const [complaints, estates] = await Promise.all([db.complaints.toArray(), db.estates.toArray()]);
    const estateName = new Map(estates.map((e) => [e.id, e.name]));
    return complaints.map((c) => ({
      kind: 'complaint' as const,
      id: c.id,
      opens: { complaint: c.id },
      title: c.number || c.workOrderNumber,
      detail: `${(c.estateId && estateName.get(c.estateId)) || c.againstName} ${c.receivedOn}`.trim(),
      texts: [c.number, c.workOrderNumber].filter((t) => t !== ''),
    }));
  },
};
