import { estateHasRecords } from './inspectionProblems';
import { refuse } from '../db/problems';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/** The tables an estate's inspection records live in, for a transaction that checks them. */
export function inspectionTables(db: StreetLedgerDb) {
  return [db.inspections, db.notices, db.surveys] as const;
}

export interface InspectionRecordCounts {
  readonly inspections: number;
  readonly notices: number;
  readonly surveys: number;
}

export async function countInspectionRecords(db: StreetLedgerDb, estateId: string): Promise<InspectionRecordCounts> {
  return {
    inspections: await db.inspections.where('estateId').equals(estateId).count(),
    notices: await db.notices.where('estateId').equals(estateId).count(),
    surveys: await db.surveys.where('estateId').equals(estateId).count(),
  };
}

/**
 * Deleting an estate is refused while it has inspections, notices or surveys: a numbered
 * notice is an official paper the company received, and the ledger must still show it. An
 * estate entered by mistake has none; one that really closed keeps its history.
 */
export async function assertNoInspectionRecords(db: StreetLedgerDb, estateId: string): Promise<void> {
  const counts = await countInspectionRecords(db, estateId);
  if (counts.inspections + counts.notices + counts.surveys > 0) refuse(estateHasRecords(counts.inspections, counts.notices, counts.surveys));
}
