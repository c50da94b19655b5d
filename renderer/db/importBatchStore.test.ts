import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportBatch } from '../../shared/exchange/importBatch';
import { loadImportBatch, storeImportBatch } from './importBatchStore';
import type { StreetLedgerDb } from './StreetLedgerDb';
import { openTestDb } from './testing/testDb';

const batch: ImportBatch = {
  id: 'b-1', kind: 'inventory', fileName: 'a.xlsx', sheets: ['小区'], operator: '张敏', committedAt: 1,
  counts: { added: 1, changed: 0, unchanged: 0, invalid: 0, skipped: 0 },
  entries: [{ table: 'estates', added: ['e-1'], replaced: [] }],
  undoneAt: null,
};

describe('a batch stored as summary and entries', () => {
  let db: StreetLedgerDb;
  beforeEach(async () => {
    db = await openTestDb();
  });
  afterEach(() => db.close());

  it('keeps the list row free of entries and reads the whole batch back', async () => {
    await storeImportBatch(db, batch);
    expect(await db.importBatches.get('b-1')).not.toHaveProperty('entries');
    expect(await loadImportBatch(db, 'b-1')).toEqual(batch);
    expect(await loadImportBatch(db, 'gone')).toBeUndefined();
  });

  it('reads the entries of a batch restored from an older backup, where they sit inline', async () => {
    await db.importBatches.add(batch);
    expect(await loadImportBatch(db, 'b-1')).toEqual(batch);
  });
});
