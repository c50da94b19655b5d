import type { RecordDiff } from '../../shared/exchange/diff';
import { NO_DIFF } from '../../shared/exchange/exchangeDiff';
import type { ImportBatchEntry } from '../../shared/exchange/importBatch';
import type { StoredLedger } from '../../shared/exchange/recordKind';
import type { Inspection, InspectionRow } from '../../shared/inspections';
import type { ImportUnit } from '../db/importCommit';
import { batchProblem } from '../db/batchProblems';
import { refuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { estateIdResolver } from '../estates';
import { inspectionHasNotices } from './inspectionProblems';

/**
 * The inspections' part of an import: new inspections of the estates the list names, changed
 * ones updated, one undoable batch. An inspection is the same one when estate, date, time and
 * kind agree, so importing a list twice adds nothing.
 */

async function writeInspections(db: StreetLedgerDb, diff: RecordDiff<InspectionRow>, ledger: StoredLedger, at: number): Promise<ImportBatchEntry[]> {
  const resolveEstate = estateIdResolver(ledger.communities, ledger.estates);
  const estateIdOf = (row: InspectionRow): string => resolveEstate(row.community, row.estate);
  const fieldsOf = ({ community: _c, estate: _e, ...fields }: InspectionRow) => fields;

  const added: Inspection[] = diff.added.map(({ value }) => ({ ...fieldsOf(value), estateId: estateIdOf(value), id: newId(), photoCount: 0, createdAt: at, updatedAt: at }));
  const storedById = new Map(ledger.inspections.map((i) => [i.id, i]));
  const replaced: Inspection[] = [];
  const changed: Inspection[] = [];
  for (const { id, value } of diff.changed) {
    const before = storedById.get(id);
    if (!before) continue;
    replaced.push(before);
    changed.push({ ...before, ...fieldsOf(value), estateId: before.estateId, updatedAt: at });
  }
  await db.inspections.bulkAdd(added);
  await db.inspections.bulkPut(changed);
  return [{ table: 'inspections', added: added.map((i) => i.id), replaced }];
}

export const inspectionImport: ImportUnit = {
  batch: 'inspections',
  write: (db, diff, ledger, at) => writeInspections(db, diff.inspections ?? NO_DIFF, ledger, at),
  undoGuards: {
    // An inspection the batch added may not go once a notice was issued on it.
    inspections: async (db, _batch, row) => {
      const notices = await db.notices.where('inspectionId').equals(row.id).toArray();
      if (notices.length > 0) refuse(batchProblem('batchReferenced', row), inspectionHasNotices(notices.map((n) => n.number)));
    },
  },
  undoReads: (db) => [db.notices],
};
