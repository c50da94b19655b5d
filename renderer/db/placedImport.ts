import type { EntityTable } from 'dexie';
import type { RecordDiff } from '../../shared/exchange/diff';
import type { ImportBatchEntryOf } from '../../shared/exchange/importBatch';
import { storedFromPlaced } from '../../shared/exchange/placedRecord';
import type { ImportRows, ImportTable, StoredLedger } from '../../shared/exchange/recordKind';
import { estateIdResolver } from '../estates';
import { newId } from './StreetLedgerDb';

type PlacedTable = { [T in ImportTable]: ImportRows[T] extends { readonly estateId: string } ? T : never }[ImportTable];

/**
 * The write of a kind whose rows are flat records of an estate (preparatory groups, assembly
 * meetings, surveys): new rows added for the estate they name, changed ones updated over the
 * stored record, and the entry its batch's undo needs.
 */
export async function writePlaced<T extends PlacedTable, V extends { readonly community: string; readonly estate: string }>(
  table: T,
  rows: EntityTable<ImportRows[T], 'id'>,
  diff: RecordDiff<V>,
  stored: readonly ImportRows[T][],
  ledger: StoredLedger,
  at: number,
): Promise<ImportBatchEntryOf<T>> {
  const estateIdOf = estateIdResolver(ledger.communities, ledger.estates);
  const added = diff.added.map(({ value }) => storedFromPlaced(value, estateIdOf(value.community, value.estate), newId(), at) as unknown as ImportRows[T]);
  const byId = new Map(stored.map((r) => [r.id, r]));
  const replaced: ImportRows[T][] = [];
  const changed: ImportRows[T][] = [];
  for (const { id, value } of diff.changed) {
    const before = byId.get(id);
    if (!before) continue;
    const { community: _community, estate: _estate, ...fields } = value;
    replaced.push(before);
    changed.push({ ...before, ...fields, estateId: before.estateId, updatedAt: at });
  }
  await rows.bulkAdd(added);
  await rows.bulkPut(changed);
  return { table, added: added.map((r) => r.id), replaced };
}
