import type { Table } from 'dexie';
import { DomainError, isDomainError, type Problem } from '../../shared/common/problem';
import type { ImportBatch, RememberedColumnMapping } from '../../shared/exchange/importBatch';
import { assertNoCommitteeRecords, committeeTables } from '../committees';
import { assertNoInspectionRecords, inspectionHasNotices, inspectionTables } from '../inspections';
import { notFound, refuse } from './problems';
import type { StreetLedgerDb } from './StreetLedgerDb';
import { nextTimestamp } from './timestamps';

interface StampedRow {
  readonly id: string;
  readonly updatedAt: number;
  readonly name?: unknown;
  readonly inspectedOn?: unknown;
  readonly termNumber?: unknown;
}

/** How a message names a row: an estate or community by name, an inspection by its day, a term by its number. */
function labelOf(row: Omit<StampedRow, 'updatedAt'>): string {
  if (typeof row.name === 'string') return row.name;
  if (typeof row.inspectedOn === 'string') return row.inspectedOn;
  if (typeof row.termNumber === 'number') return `第${row.termNumber}届`;
  return row.id;
}

function batchProblem(code: Problem['code'], row: Omit<StampedRow, 'updatedAt'>): Problem {
  return { field: 'batch', code, params: { name: labelOf(row) } };
}

/** Newest first. */
export async function listImportBatches(db: StreetLedgerDb): Promise<ImportBatch[]> {
  return db.importBatches.orderBy('committedAt').reverse().toArray();
}

/** Only what the batch itself added can be undone away: rows others now lean on are refused. */
async function assertNothingLeansOn(db: StreetLedgerDb, batch: ImportBatch, table: string, row: StampedRow): Promise<void> {
  if (table === 'communities') {
    const addedEstates = new Set(batch.entries.filter((e) => e.table === 'estates').flatMap((e) => e.added));
    const others = await db.estates.where('communityId').equals(row.id).filter((e) => !addedEstates.has(e.id)).count();
    if (others > 0) refuse(batchProblem('batchReferenced', row), { field: 'community', code: 'communityHasEstates', params: { count: others } });
  }
  if (table === 'inspections') {
    const notices = await db.notices.where('inspectionId').equals(row.id).toArray();
    if (notices.length > 0) refuse(batchProblem('batchReferenced', row), inspectionHasNotices(notices.map((n) => n.number)));
  }
  if (table === 'estates') {
    try {
      await assertNoCommitteeRecords(db, row.id);
      await assertNoInspectionRecords(db, row.id);
    } catch (error) {
      if (isDomainError(error)) throw new DomainError([batchProblem('batchReferenced', row), ...error.problems]);
      throw error;
    }
  }
}

/**
 * Undoes a committed import as a whole, in one transaction: rows it added are deleted, rows it
 * overwrote get their old values back. Refused — and nothing changes — if any of those rows was
 * edited or deleted since (its `updatedAt` is no longer the batch's stamp), or if records made
 * since lean on a row the batch added.
 */
export async function undoImportBatch(db: StreetLedgerDb, batchId: string): Promise<ImportBatch> {
  const batch = await db.importBatches.get(batchId);
  if (!batch) return refuse(notFound('batch'));
  const tables = [...new Set(batch.entries.map((e) => e.table))].map((name) => db.table(name) as Table<StampedRow, string>);
  return db.transaction('rw', [db.importBatches, db.estates, ...tables, ...committeeTables(db), ...inspectionTables(db)], async () => {
    const current = await db.importBatches.get(batchId);
    if (!current) return refuse(notFound('batch'));
    if (current.undoneAt !== null) return refuse(batchProblem('batchUndone', { id: current.fileName, name: current.fileName }));
    const entries = [...current.entries].reverse();
    for (const entry of entries) {
      const table = db.table(entry.table) as Table<StampedRow, string>;
      const ids = [...entry.added, ...entry.replaced.map((r) => r.id)];
      const rows = await table.bulkGet(ids);
      rows.forEach((row, i) => {
        const before = entry.replaced[i - entry.added.length];
        if (!row) refuse(batchProblem('batchRecordGone', before ?? { id: ids[i] ?? '' }));
        if (row.updatedAt !== current.committedAt) refuse(batchProblem('batchEditedSince', row));
      });
      for (const row of rows.slice(0, entry.added.length)) if (row) await assertNothingLeansOn(db, current, entry.table, row);
    }
    for (const entry of entries) {
      const table = db.table(entry.table);
      await table.bulkDelete([...entry.added]);
      await table.bulkPut([...entry.replaced]);
    }
    const undone: ImportBatch = { ...current, undoneAt: nextTimestamp(current.committedAt) };
    await db.importBatches.put(undone);
    return undone;
  });
}

export function columnMappingKey(kind: string, signature: string): string {
  return `${kind}:${signature}`;
}

export async function recallColumnMapping(db: StreetLedgerDb, kind: string, signature: string): Promise<RememberedColumnMapping | undefined> {
  return db.columnMappings.get(columnMappingKey(kind, signature));
}

/** Remembers a user's corrections for this header layout, so the next such file maps itself. */
export async function rememberColumnMapping(db: StreetLedgerDb, kind: string, signature: string, columns: RememberedColumnMapping['columns']): Promise<void> {
  await db.columnMappings.put({ key: columnMappingKey(kind, signature), columns, savedAt: Date.now() });
}
