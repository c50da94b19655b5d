import { useLiveQuery } from 'dexie-react-hooks';
import type { Complaint } from '../../shared/complaints';
import type { Inspection, RectificationNotice } from '../../shared/inspections';
import { compositeKey } from '../../shared/common/compositeKey';
import { useDb } from '../db/DbContext';
import type { Company } from '../../shared/companies';
import { listCompanies } from '../companies';
import { listAttachments } from './attachmentRepository';
import { complaintsOfInspection, getComplaint, listComplaints, listComplaintsOfEstate, listOpenComplaints, queryComplaints, type ComplaintQuery } from './complaintRepository';
import type { ComplaintAttachment } from './complaintRows';

/* Live reads of the complaint tables: `undefined` while the first read is pending. */

export function useComplaint(id: string | null): Complaint | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id === null ? null : ((await getComplaint(db, id)) ?? null)), [db, id]);
}

export function useComplaintLedger(query: ComplaintQuery): Complaint[] | undefined {
  const db = useDb();
  const { from, to } = query;
  // The lists stand for themselves by content: new arrays with the same ids are the same query.
  const communities = compositeKey(...query.communityIds);
  const statuses = compositeKey(...query.statuses);
  return useLiveQuery(() => queryComplaints(db, query), [db, communities, statuses, from, to]);
}

export function useAllComplaints(): Complaint[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listComplaints(db), [db]);
}

export function useOpenComplaints(): Complaint[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listOpenComplaints(db), [db]);
}

export function useComplaintsOfEstate(estateId: string): Complaint[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listComplaintsOfEstate(db, estateId), [db, estateId]);
}

export function useComplaintsOfInspection(inspectionId: string | null): Complaint[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => (inspectionId === null ? [] : complaintsOfInspection(db, inspectionId)), [db, inspectionId]);
}

export function useAttachments(complaintId: string): ComplaintAttachment[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listAttachments(db, complaintId), [db, complaintId]);
}

export interface ComplaintLinks {
  readonly inspections: readonly Inspection[];
  readonly notices: readonly RectificationNotice[];
}

/** The inspections made for a complaint and the notices issued from them. */
export function useComplaintLinks(complaint: Complaint): ComplaintLinks | undefined {
  const db = useDb();
  const key = compositeKey(...complaint.inspectionIds);
  return useLiveQuery(async () => {
    const ids = [...complaint.inspectionIds];
    const inspections = (await db.inspections.bulkGet(ids)).filter((i): i is Inspection => i !== undefined);
    const notices = ids.length === 0 ? [] : await db.notices.where('inspectionId').anyOf(ids).toArray();
    return { inspections, notices: notices.sort((a, b) => a.year - b.year || a.serial - b.serial) };
  }, [db, key]);
}

/** The register's companies, for the ledger's "against" filter. */
export function useCompanyChoices(): readonly Company[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listCompanies(db), [db]);
}
