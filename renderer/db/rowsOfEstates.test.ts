import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectionRow } from '../../shared/inspections/testRows';
import { rowsOfEstates } from './rowsOfEstates';
import type { StreetLedgerDb } from './StreetLedgerDb';
import { openTestDb } from './testing/testDb';

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
  await db.inspections.bulkAdd([
    inspectionRow({ id: 'i1', estateId: 'e1' }),
    inspectionRow({ id: 'i2', estateId: 'e1' }),
    inspectionRow({ id: 'i3', estateId: 'e2' }),
    inspectionRow({ id: 'i4', estateId: 'e3' }),
  ]);
});
afterEach(() => db.close());

const ids = async (estateIds: readonly string[]) => (await rowsOfEstates(db.inspections, estateIds)).map((r) => r.id).sort();

describe('rows of some estates', () => {
  it('returns every row of the estates asked for and none of the others', async () => {
    expect(await ids(['e1', 'e3'])).toEqual(['i1', 'i2', 'i4']);
    expect(await ids(['e2'])).toEqual(['i3']);
  });

  it('returns a row once even when its estate is asked for twice, and nothing for unknown or no estates', async () => {
    expect(await ids(['e1', 'e1', 'e2'])).toEqual(['i1', 'i2', 'i3']);
    expect(await ids(['gone'])).toEqual([]);
    expect(await ids([])).toEqual([]);
  });
});
