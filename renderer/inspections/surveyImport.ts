import { NO_DIFF } from '../../shared/exchange/exchangeDiff';
import type { ImportUnit } from '../db/importCommit';
import { writePlaced } from '../db/placedImport';

/** Acceptance surveys of an import: one undoable batch, each survey with the threshold its sheet gives. */
export const surveyImport: ImportUnit = {
  batch: 'surveys',
  write: async (db, diff, ledger, at) => [await writePlaced('surveys', db.surveys, diff.surveys ?? NO_DIFF, ledger.surveys, ledger, at)],
};
