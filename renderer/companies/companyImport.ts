import { companyIndex, companyKey, type Company, type CompanyRow } from '../../shared/companies';
import type { RecordDiff } from '../../shared/exchange/diff';
import type { ImportBatch } from '../../shared/exchange/importBatch';
import type { Table } from 'dexie';
import { batchProblem } from '../db/batchProblems';
import type { StampedRow } from '../db/importCommit';
import { refuse } from '../db/problems';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { companyRow } from './companyRepository';

/**
 * The register's part of an inventory import: the companies a 企业名录 sheet brings or the user
 * agreed to create, and how the same file's estates find theirs (by name or short name).
 */
export interface CompanyImportRows {
  readonly added: Company[];
  readonly changed: Company[];
  readonly replaced: Company[];
  /** The link for an estate's company text: unchanged text keeps the stored link. */
  link(text: string, stored: { readonly company: string; readonly companyId: string | null } | undefined): string | null;
}

export function companyImportRows(diff: RecordDiff<CompanyRow>, stored: readonly Company[], at: number, makeId: () => string): CompanyImportRows {
  const byId = new Map(stored.map((c) => [c.id, c]));
  const added = diff.added.map((r) => companyRow(r.value, { id: makeId(), createdAt: at, keptApart: [] }, at));
  const changed = diff.changed.map((r) => companyRow(r.value, byId.get(r.id)!, at));
  const replaced = diff.changed.map((r) => byId.get(r.id)!);
  const changedIds = new Set(changed.map((c) => c.id));
  const index = companyIndex([...stored.filter((c) => !changedIds.has(c.id)), ...changed, ...added]);
  return {
    added,
    changed,
    replaced,
    link(text, estate) {
      if (estate && estate.companyId !== null && byId.has(estate.companyId) && companyKey(estate.company) === companyKey(text)) return estate.companyId;
      return index.find(text)?.id ?? null;
    },
  };
}

/** A company an import added may not be undone while estates or credit events outside it name it. */
export async function assertCompanyUnused(db: StreetLedgerDb, batch: ImportBatch, row: StampedRow): Promise<void> {
  const addedEstates = new Set(batch.entries.filter((e) => e.table === 'estates').flatMap((e) => e.added));
  const estates = await db.estates.where('companyId').equals(row.id).filter((e) => !addedEstates.has(e.id)).count();
  const entries = await db.creditEntries.where('companyId').equals(row.id).count();
  if (estates > 0) refuse(batchProblem('batchReferenced', row), { field: 'company', code: 'companyHasEstates', params: { count: estates } });
  if (entries > 0) refuse(batchProblem('batchReferenced', row));
}

export function companyTables(db: StreetLedgerDb): Table[] {
  return [db.companies, db.creditEntries];
}
