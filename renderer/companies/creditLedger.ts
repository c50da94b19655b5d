import { companyMessages, creditEvents, creditSummary, creditSummarySheet, type CreditContext, type CreditEvent, type CreditLedger, type CreditRules } from '../../shared/companies';
import type { SheetSpec } from '../../shared/exchange/export/xlsxFile';
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

/** What the year's credit summary needs besides the records: the office's rules and name, today. */
export interface CreditSummaryOptions {
  readonly rules: CreditRules;
  readonly streetName: string;
  readonly today: string;
}

/** The credit summary of today's year, in the district's layout (Chinese, the exchange language). */
export async function creditSummarySheetOf(db: StreetLedgerDb, options: CreditSummaryOptions): Promise<SheetSpec> {
  const ledger = await readCreditLedger(db);
  const events = creditEvents(ledger, { rules: options.rules, today: options.today });
  const year = Number(options.today.slice(0, 4));
  return creditSummarySheet({ streetName: options.streetName, year, date: options.today }, creditSummary(ledger, events, year, options.rules), companyMessages['zh-CN']);
}
