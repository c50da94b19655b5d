import type { SearchProvider, SearchTarget } from '../../shared/search';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/**
 * Complaints by their number and the hotline's work-order number. Until complaints have a page
 * of their own, Enter opens the estate complained about, or its community's estates; a
 * complaint naming neither has nowhere to open and is left out.
 */
export const complaintSearchProvider: SearchProvider<StreetLedgerDb> = {
  kind: 'complaint',
  async documents(db) {
    const [complaints, estates] = await Promise.all([db.complaints.toArray(), db.estates.toArray()]);
    const estateName = new Map(estates.map((e) => [e.id, e.name]));
    return complaints.flatMap((c) => {
      const opens: SearchTarget | null = c.estateId ? { estate: c.estateId } : c.communityId ? { community: c.communityId } : null;
      if (!opens) return [];
      return [{
        kind: 'complaint' as const,
        id: c.id,
        opens,
        title: c.number || c.workOrderNumber,
        detail: `${(c.estateId && estateName.get(c.estateId)) || c.againstName} ${c.receivedOn}`.trim(),
        texts: [c.number, c.workOrderNumber].filter((t) => t !== ''),
      }];
    });
  },
};
