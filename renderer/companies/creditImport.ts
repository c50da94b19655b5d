import { companyKey, type CreditEntry, type CreditEntryRow } from '../../shared/companies';
import type { RecordDiff } from '../../shared/exchange/diff';
import { NO_DIFF } from '../../shared/exchange/exchangeDiff';
import type { ImportBatchEntry } from '../../shared/exchange/importBatch';
import type { StoredLedger } from '../../shared/exchange/recordKind';
import type { ImportUnit } from '../db/importCommit';
import { refuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';

/**
 * The hand-entered credit events of an import, as one undoable batch after the register: each
 * names its company by registered name (the inventory batch of the same file may have added it).
 */
async function writeCreditEntries(db: StreetLedgerDb, diff: RecordDiff<CreditEntryRow>, ledger: StoredLedger, at: number): Promise<ImportBatchEntry[]> {
  // The register as read inside the transaction, after the inventory batch of the same import.
  const idByKey = new Map(ledger.companies.map((c) => [companyKey(c.name), c.id]));
  const companyIdOf = (name: string) => idByKey.get(companyKey(name)) ?? refuse({ field: 'company', code: 'unknownCompany', params: { name } });
  const added: CreditEntry[] = diff.added.map(({ value: { company, ...fields } }) => ({ ...fields, companyId: companyIdOf(company), id: newId(), createdAt: at, updatedAt: at }));
  const storedById = new Map(ledger.creditEntries.map((e) => [e.id, e]));
  const replaced: CreditEntry[] = [];
  const changed: CreditEntry[] = [];
  for (const { id, value } of diff.changed) {
    const before = storedById.get(id);
    if (!before) continue;
    replaced.push(before);
    changed.push({ ...before, points: value.points, updatedAt: at });
  }
  await db.creditEntries.bulkAdd(added);
  await db.creditEntries.bulkPut(changed);
  return [{ table: 'creditEntries', added: added.map((e) => e.id), replaced }];
}

export const creditImport: ImportUnit = {
  batch: 'credit',
  write: (db, diff, ledger, at) => writeCreditEntries(db, diff.creditEntries ?? NO_DIFF, ledger, at),
};
