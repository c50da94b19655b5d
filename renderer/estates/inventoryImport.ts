import type { Community } from '../../shared/estates/community';
import type { Estate } from '../../shared/estates/estate';
import { nameKey } from '../../shared/common/text';
import { existingCommunities, existingEstates, type RecordDiff } from '../../shared/exchange/diff';
import type { ImportBatch, ImportBatchEntry } from '../../shared/exchange/importBatch';
import { communitiesMapping, type CommunityRow } from '../../shared/estates/communityMapping';
import { estatesMapping, type EstateRow } from '../../shared/estates/estateMapping';
import { diffAgainst, type InventoryAnalysis, type SheetAnalysis } from '../../shared/exchange/pipeline';
import { newCommunityRow } from './communityRepository';
import { refuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { nextTimestamp } from '../db/timestamps';

export interface InventoryDiff {
  readonly communities: RecordDiff<CommunityRow>;
  readonly estates: RecordDiff<EstateRow>;
}

const NO_DIFF = { added: [], changed: [], unchanged: [] };

/**
 * The preview: what the analysed file would add and change against `communities`/`estates`.
 * Estates are compared with the communities as they will be after the file's own communities
 * are in, so an estate of a community the file brings is "new", not "unknown".
 */
export function diffInventory(analysis: InventoryAnalysis, communities: readonly Community[], estates: readonly Estate[]): InventoryDiff {
  const fromSheet = analysis.communities ? diffAgainst(analysis.communities, communitiesMapping, existingCommunities(communities)) : NO_DIFF;
  // Communities the estate list names and the user agreed to create: new, with no row of their own.
  const communityDiff = { ...fromSheet, added: [...fromSheet.added, ...(analysis.newCommunities ?? []).map((value) => ({ row: 0, value }))] };
  const estateDiff = analysis.estates ? diffAgainst(analysis.estates, estatesMapping, existingEstates(communities, estates)) : NO_DIFF;
  return { communities: communityDiff, estates: estateDiff };
}

function sameShape(a: InventoryDiff, b: InventoryDiff): boolean {
  const shape = (d: InventoryDiff) => [d.communities.added.length, d.communities.changed.length, d.estates.added.length, d.estates.changed.length].join();
  return shape(a) === shape(b);
}

function countOf(analysis: SheetAnalysis<unknown> | null, key: 'invalid' | 'skipped'): number {
  return analysis?.counts[key] ?? 0;
}

export interface CommitInventoryInput {
  readonly analysis: InventoryAnalysis;
  /** The diff the user saw and accepted; the commit is refused if the ledger moved since. */
  readonly previewed: InventoryDiff;
  readonly fileName: string;
  readonly operator: string;
}

/**
 * Writes an analysed inventory file in ONE transaction: new and changed communities, then new
 * and changed estates, and the batch that can undo them. The diff is taken again inside the
 * transaction; if it no longer matches the preview (someone edited the ledger meanwhile) nothing
 * is written. Only valid rows are written; invalid ones stay in the error workbook.
 */
export async function commitInventoryImport(db: StreetLedgerDb, input: CommitInventoryInput): Promise<ImportBatch> {
  const { analysis } = input;
  return db.transaction('rw', db.communities, db.estates, db.importBatches, async () => {
    const communities = await db.communities.toArray();
    const estates = await db.estates.toArray();
    const diff = diffInventory(analysis, communities, estates);
    if (!sameShape(diff, input.previewed)) refuse({ field: 'batch', code: 'changedSincePreview' });
    const at = nextTimestamp();

    const storedCommunities = new Map(communities.map((c) => [c.id, c]));
    const newCommunities = diff.communities.added.map((r) => newCommunityRow(r.value, at));
    const changedCommunities = diff.communities.changed.map((r): Community => {
      const stored = storedCommunities.get(r.id)!;
      return { ...stored, ...r.value, nameKey: nameKey(r.value.name), updatedAt: at };
    });
    await db.communities.bulkAdd(newCommunities);
    await db.communities.bulkPut(changedCommunities);

    const communityIdByKey = new Map([...communities, ...newCommunities].map((c) => [c.nameKey, c.id]));
    const communityIdOf = (name: string): string => communityIdByKey.get(nameKey(name)) ?? refuse({ field: 'community', code: 'unknownCommunity', params: { name } });
    const storedEstates = new Map(estates.map((e) => [e.id, e]));
    const newEstates = diff.estates.added.map(({ value: { community, ...fields } }): Estate => ({
      ...fields,
      communityId: communityIdOf(community),
      id: newId(),
      nameKey: nameKey(fields.name),
      createdAt: at,
      updatedAt: at,
    }));
    const changedEstates = diff.estates.changed.map(({ id, value: { community, ...fields } }): Estate => ({
      ...storedEstates.get(id)!,
      ...fields,
      communityId: communityIdOf(community),
      nameKey: nameKey(fields.name),
      updatedAt: at,
    }));
    await db.estates.bulkAdd(newEstates);
    await db.estates.bulkPut(changedEstates);

    const entries: ImportBatchEntry[] = [
      { table: 'communities', added: newCommunities.map((c) => c.id), replaced: diff.communities.changed.map((r) => storedCommunities.get(r.id)!) },
      { table: 'estates', added: newEstates.map((e) => e.id), replaced: diff.estates.changed.map((r) => storedEstates.get(r.id)!) },
    ];
    const batch: ImportBatch = {
      id: newId(),
      kind: 'inventory',
      fileName: input.fileName,
      sheets: [analysis.communities?.sheet.name, analysis.estates?.sheet.name].filter((s): s is string => s !== undefined),
      operator: input.operator,
      committedAt: at,
      counts: {
        added: newCommunities.length + newEstates.length,
        changed: changedCommunities.length + changedEstates.length,
        unchanged: diff.communities.unchanged.length + diff.estates.unchanged.length,
        invalid: countOf(analysis.communities, 'invalid') + countOf(analysis.estates, 'invalid'),
        skipped: countOf(analysis.communities, 'skipped') + countOf(analysis.estates, 'skipped'),
      },
      entries,
      undoneAt: null,
    };
    await db.importBatches.add(batch);
    return batch;
  });
}
