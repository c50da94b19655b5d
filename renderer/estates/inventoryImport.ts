import { DomainError, isDomainError } from '../../shared/common/problem';
import { nameKey } from '../../shared/common/text';
import type { Community, Estate } from '../../shared/estates';
import { NO_DIFF } from '../../shared/exchange/exchangeDiff';
import type { ImportBatchEntry } from '../../shared/exchange/importBatch';
import type { StoredLedger } from '../../shared/exchange/recordKind';
import { assertNoCommitteeRecords, committeeTables } from '../committees';
import type { ImportUnit } from '../db/importCommit';
import { batchProblem } from '../db/batchProblems';
import { refuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { assertNoInspectionRecords, inspectionTables } from '../inspections';
import { newCommunityRow } from './communityRepository';
import { assertCompanyUnused, companyImportRows, companyTables } from '../companies';

/**
 * The inventory's part of an import: new and changed communities, then new and changed estates
 * (an estate of a community the same file brings is written after it), one undoable batch.
 */

async function writeInventory(db: StreetLedgerDb, diff: Parameters<ImportUnit['write']>[1], ledger: StoredLedger, at: number): Promise<ImportBatchEntry[]> {
  const communityDiff = diff.communities ?? NO_DIFF;
  const estateDiff = diff.estates ?? NO_DIFF;
  const storedCommunities = new Map(ledger.communities.map((c) => [c.id, c]));
  const newCommunities = communityDiff.added.map((r) => newCommunityRow(r.value, at));
  const changedCommunities = communityDiff.changed.map((r): Community => {
    const stored = storedCommunities.get(r.id)!;
    return { ...stored, ...r.value, nameKey: nameKey(r.value.name), updatedAt: at };
  });
  await db.communities.bulkAdd(newCommunities);
  await db.communities.bulkPut(changedCommunities);

  const companies = companyImportRows(diff.companies ?? NO_DIFF, ledger.companies, at, newId);
  await db.companies.bulkAdd(companies.added);
  await db.companies.bulkPut(companies.changed);

  const communityIdByKey = new Map([...ledger.communities, ...newCommunities].map((c) => [c.nameKey, c.id]));
  const communityIdOf = (name: string): string => communityIdByKey.get(nameKey(name)) ?? refuse({ field: 'community', code: 'unknownCommunity', params: { name } });
  const storedEstates = new Map(ledger.estates.map((e) => [e.id, e]));
  const newEstates = estateDiff.added.map(({ value: { community, ...fields } }): Estate => ({
    ...fields,
    communityId: communityIdOf(community),
    companyId: companies.link(fields.company, undefined),
    id: newId(),
    nameKey: nameKey(fields.name),
    createdAt: at,
    updatedAt: at,
  }));
  const changedEstates = estateDiff.changed.map(({ id, value: { community, ...fields } }): Estate => ({
    ...storedEstates.get(id)!,
    ...fields,
    communityId: communityIdOf(community),
    companyId: companies.link(fields.company, storedEstates.get(id)),
    nameKey: nameKey(fields.name),
    updatedAt: at,
  }));
  await db.estates.bulkAdd(newEstates);
  await db.estates.bulkPut(changedEstates);
  return [
    { table: 'communities', added: newCommunities.map((c) => c.id), replaced: communityDiff.changed.map((r) => storedCommunities.get(r.id)!) },
    { table: 'companies', added: companies.added.map((c) => c.id), replaced: companies.replaced },
    { table: 'estates', added: newEstates.map((e) => e.id), replaced: estateDiff.changed.map((r) => storedEstates.get(r.id)!) },
  ];
}

export const inventoryImport: ImportUnit = {
  batch: 'inventory',
  write: (db, diff, ledger, at) => writeInventory(db, diff, ledger, at),
  undoGuards: {
    // A community the batch added may not go while estates the batch did not add sit in it.
    communities: async (db, batch, row) => {
      const addedEstates = new Set(batch.entries.filter((e) => e.table === 'estates').flatMap((e) => e.added));
      const others = await db.estates.where('communityId').equals(row.id).filter((e) => !addedEstates.has(e.id)).count();
      if (others > 0) refuse(batchProblem('batchReferenced', row), { field: 'community', code: 'communityHasEstates', params: { count: others } });
    },
    // Nor a company that estates or credit events since lean on.
    companies: (db, batch, row) => assertCompanyUnused(db, batch, row),
    // Nor an estate that committee or inspection records were made for since.
    estates: async (db, _batch, row) => {
      try {
        await assertNoCommitteeRecords(db, row.id);
        await assertNoInspectionRecords(db, row.id);
      } catch (error) {
        if (isDomainError(error)) throw new DomainError([batchProblem('batchReferenced', row), ...error.problems]);
        throw error;
      }
    },
  },
  undoReads: (db) => [db.estates, ...committeeTables(db), ...inspectionTables(db), ...companyTables(db)],
};
