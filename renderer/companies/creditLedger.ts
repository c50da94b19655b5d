import { creditEvents, type CreditContext, type CreditEvent, type CreditLedger } from '../../shared/companies';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/** The records the credit file is read from, in one read transaction so they agree. */
export function readCreditLedger(db: StreetLedgerDb): Promise<CreditLedger> {
  return db.transaction('r', [db.companies, db.estates, db.notices, db.inspections, db.surveys, db.creditEntries], async () => {
    const [companies, estates, notices, inspections, surveys, entries] = await Promise.all([
      db.companies.toArray(), db.estates.toArray(), db.notices.toArray(), db.inspections.toArray(), db.surveys.toArray(), db.creditEntries.toArray(),
    ]);
    return { companies, estates, notices, inspections, surveys, entries };
  });
}

/** Every company's credit events as the records say today. */
export async function readCreditEvents(db: StreetLedgerDb, context: CreditContext): Promise<CreditEvent[]> {
  return creditEvents(await readCreditLedger(db), context);
}
