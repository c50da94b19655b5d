import { exportFullWorkbook } from '../../shared/exchange/export/fullWorkbook';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { listCommunities, listEstates } from '../estates';
import { creditSummarySheetOf, listCompanies, type CreditSummaryOptions } from '../companies';
import { historySheetOf } from '../history';
import type { PersonalView } from '../../shared/complaints';

/**
 * The full workbook of the street as stored now: a sheet per record kind the registry can write
 * and read back (inventory, companies with the credit events entered by hand, committees with their preparation, inspections, surveys,
 * rectification notices with their steps, complaints with their course, campaigns with their
 * tasks, progress notes, returns, filings, funds and payments), then the field history.
 * Complainants are masked unless `personalView` says to show them. Photos and attached files
 * are not in it: they are in backups only, and the button says so.
 */
export async function fullWorkbookOf(db: StreetLedgerDb, personalView: PersonalView = 'masked', credit?: CreditSummaryOptions): Promise<Uint8Array> {
  const [communities, companies, estates, terms, groups, meetings, inspections, surveys, notices, complaints] = await Promise.all([
    listCommunities(db),
    listCompanies(db),
    listEstates(db),
    db.committeeTerms.toArray(),
    db.preparatoryGroups.toArray(),
    db.assemblyMeetings.toArray(),
    db.inspections.toArray(),
    db.surveys.toArray(),
    db.notices.toArray(),
    db.complaints.toArray(),
  ]);
  const [creditEntries, campaigns, campaignTasks, campaignReturns, campaignFilings, campaignFunds, campaignPayments] = await Promise.all([
    db.creditEntries.toArray(), db.campaigns.toArray(), db.campaignTasks.toArray(), db.campaignReturns.toArray(), db.campaignFilings.toArray(), db.campaignFunds.toArray(), db.campaignPayments.toArray(),
  ]);
  // Every record names its history lines, notices too (their history is kept, their sheet is not).
  const history = await historySheetOf(db, [...communities, ...companies, ...estates, ...terms, ...groups, ...meetings, ...inspections, ...surveys, ...notices, ...complaints]);
  // The year's credit summary, to read; a street without companies has none to show.
  const extra = credit && companies.length > 0 ? [await creditSummarySheetOf(db, credit)] : [];
  return exportFullWorkbook({ communities, companies, creditEntries, estates, terms, groups, meetings, inspections, surveys, notices, complaints, campaigns, campaignTasks, campaignReturns, campaignFilings, campaignFunds, campaignPayments, personalView, history, extra });
}
