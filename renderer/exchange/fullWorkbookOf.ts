import { exportFullWorkbook } from '../../shared/exchange/export/fullWorkbook';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { listCommunities, listEstates } from '../estates';
import { listCompanies } from '../companies';
import { historySheetOf } from '../history';
import type { PersonalView } from '../../shared/complaints';

/**
 * The full workbook of the street as stored now: a sheet per record kind the registry can write
 * and read back (inventory, committees with their preparation, inspections, surveys), then the
 * field history. Rectification notices and photos are not in it: they are in backups only, and
 * the button says so. Complaints are, with their complainants masked unless `personalView` says
 * to show them (their course's steps, who took each and when, are in backups only).
 */
export async function fullWorkbookOf(db: StreetLedgerDb, personalView: PersonalView = 'masked'): Promise<Uint8Array> {
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
  // Every record names its history lines, notices too (their history is kept, their sheet is not).
  const history = await historySheetOf(db, [...communities, ...companies, ...estates, ...terms, ...groups, ...meetings, ...inspections, ...surveys, ...notices, ...complaints]);
  return exportFullWorkbook({ communities, companies, estates, terms, groups, meetings, inspections, surveys, complaints, personalView, history });
}
