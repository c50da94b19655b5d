import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isolatedIndexedDb, openTestDb } from '../testing/testDb';
import { CURRENT_VERSION, declareSchema, SCHEMA_VERSIONS } from '.';

describe('SCHEMA_VERSIONS', () => {
  it('numbers the versions upward from 1, each module one step, the newest current', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers[0]).toBe(1);
    expect(numbers.every((n, i) => i === 0 || n > numbers[i - 1]!)).toBe(true);
    expect(CURRENT_VERSION).toBe(numbers[numbers.length - 1]);
  });

  it('declares only versions that exist', () => {
    const db = new Dexie('x', isolatedIndexedDb());
    expect(() => declareSchema(db, 0)).toThrow(RangeError);
    // A number reserved for a change not built yet is not a version.
    for (let n = 1; n < CURRENT_VERSION; n++) if (!SCHEMA_VERSIONS.some((v) => v.version === n)) expect(() => declareSchema(db, n)).toThrow(RangeError);
    expect(() => declareSchema(db, CURRENT_VERSION + 1)).toThrow(RangeError);
  });
});

describe('the current schema', () => {
  it('indexes what the repositories look up, with names unique where the domain says so', async () => {
    const db = await openTestDb();
    const indexes = (table: Dexie.Table) =>
      Object.fromEntries(table.schema.indexes.map((i) => [i.name, { unique: Boolean(i.unique) }]));
    expect(db.communities.schema.primKey.name).toBe('id');
    expect(indexes(db.communities)).toEqual({ nameKey: { unique: true } });
    expect(db.estates.schema.primKey.name).toBe('id');
    expect(indexes(db.estates)).toEqual({
      communityId: { unique: false },
      estateClass: { unique: false },
      mode: { unique: false },
      nameKey: { unique: false },
      '[communityId+nameKey]': { unique: true },
      updatedAt: { unique: false },
      companyId: { unique: false },
    });
    expect(indexes(db.companies)).toEqual({ nameKey: { unique: true }, aliasKeys: { unique: false } });
    db.close();
  });
});
