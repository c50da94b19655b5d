import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isolatedIndexedDb, openTestDb } from '../testing/testDb';
import { CURRENT_VERSION, declareSchema, SCHEMA_VERSIONS } from '.';

describe('SCHEMA_VERSIONS', () => {
  it('numbers the versions 1, 2, 3 … without gaps, so each module is one step', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(CURRENT_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('declares only versions that exist', () => {
    const db = new Dexie('x', isolatedIndexedDb());
    expect(() => declareSchema(db, 0)).toThrow(RangeError);
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
    });
    db.close();
  });
});
