import { describe, expect, it } from 'vitest';
import { listImportBatches, undoImportBatch } from '../importBatchRepository';
import { openAfterUpgrade } from '../testing/migrationHarness';
import type { V1CommunityRow, V1EstateRow } from './v1';
import type { V4ImportBatchRow } from './v6';

const at = 1_700_000_000_000;
const community: V1CommunityRow = {
  id: 'c-wanan', name: '万安社区', nameKey: '万安社区', kind: 'community', director: '', phone: '',
  planned: { total: null, class1: null, class2: null, class3: null }, createdAt: at - 10, updatedAt: at - 10,
};
const imported: V1EstateRow = {
  id: 'e-1', communityId: 'c-wanan', name: '锦绣花园', nameKey: '锦绣花园', estateClass: 1, mode: 'market', company: '',
  buildings: null, households: 100, floorArea: null, address: '', pilot: false, notes: '', createdAt: at, updatedAt: at,
};
const batch: V4ImportBatchRow = {
  id: 'b-1', kind: 'inventory', fileName: '万安社区.xlsx', sheets: ['小区'], operator: '张敏', committedAt: at,
  counts: { added: 1, changed: 0, unchanged: 0, invalid: 0, skipped: 0 },
  entries: [{ table: 'communities', added: [], replaced: [] }, { table: 'estates', added: ['e-1'], replaced: [] }],
  undoneAt: null,
};

/** A v5 field-history row, in the shape issue 9b's version 5 indexes. */
const historyRow = { id: 'h-1', kind: 'estate', recordId: 'e-0', estateId: 'e-0', batchId: null, at: at - 5, field: 'households', before: 90, after: 100 };

describe('schema v6: a batch’s entries apart from its summary', () => {
  it('moves the entries of a v5 batch to their own table, and the batch can still be undone', async () => {
    const db = await openAfterUpgrade(5, async (old) => {
      await old.table<V1CommunityRow>('communities').add(community);
      await old.table<V1EstateRow>('estates').add(imported);
      await old.table<V4ImportBatchRow>('importBatches').add(batch);
      await old.table('fieldHistory').add(historyRow);
    });
    const { entries, ...summary } = batch;
    expect(await listImportBatches(db)).toEqual([summary]);
    expect(await db.importBatchEntries.get('b-1')).toEqual({ batchId: 'b-1', entries });
    // The field history of version 5 passes through untouched.
    expect(await db.table('fieldHistory').toArray()).toEqual([historyRow]);
    await undoImportBatch(db, 'b-1');
    expect(await db.estates.count()).toBe(0);
    expect((await listImportBatches(db))[0]?.undoneAt).not.toBeNull();
    db.close();
  });

  it('opens a v5 database without batches', async () => {
    const db = await openAfterUpgrade(5, async (old) => {
      await old.table<V1CommunityRow>('communities').add(community);
    });
    expect(await db.importBatchEntries.count()).toBe(0);
    expect(await db.communities.count()).toBe(1);
    db.close();
  });
});
