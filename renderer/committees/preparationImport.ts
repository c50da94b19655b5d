import { NO_DIFF } from '../../shared/exchange/exchangeDiff';
import type { ImportUnit } from '../db/importCommit';
import { writePlaced } from '../db/placedImport';

/** Preparatory groups and assembly meetings of an import: one undoable preparation batch. */
export const preparationImport: ImportUnit = {
  batch: 'preparation',
  write: async (db, diff, ledger, at) => [
    await writePlaced('preparatoryGroups', db.preparatoryGroups, diff.preparatoryGroups ?? NO_DIFF, ledger.groups, ledger, at),
    await writePlaced('assemblyMeetings', db.assemblyMeetings, diff.assemblyMeetings ?? NO_DIFF, ledger.meetings, ledger, at),
  ],
};
