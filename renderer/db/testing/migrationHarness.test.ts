import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createCommunity } from '../../estates/communityRepository';
import { createEstate, listEstates } from '../../estates/estateRepository';
import type { V1CommunityRow, V1EstateRow } from '../schema/v1';
import { refusal } from './expectRefused';
import { CURRENT_VERSION, declareSchema } from '../schema';
import { createAtVersion, openAfterUpgrade } from './migrationHarness';
import { isolatedIndexedDb } from './testDb';
import { asUpgradedEstate } from './upgradedEstate';

const community: V1CommunityRow = {
  id: 'c-taiping',
  name: '太平社区',
  nameKey: '太平社区',
  kind: 'community',
  director: '',
  phone: '',
  planned: { total: 30, class1: 5, class2: 9, class3: 16 },
  createdAt: 1_600_000_000_000,
  updatedAt: 1_600_000_000_000,
};

const estate: V1EstateRow = {
  id: 'e-wanke',
  communityId: 'c-taiping',
  name: '万科a区',
  nameKey: '万科a区',
  estateClass: 0,
  mode: 'unspecified',
  company: '',
  buildings: null,
  households: 1203,
  floorArea: null,
  address: '',
  pilot: false,
  notes: '',
  createdAt: 1_600_000_000_001,
  updatedAt: 1_600_000_000_001,
};

describe('openAfterUpgrade', () => {
  it('hands back a v1 database, seeded through the v1 schema, open under the current class', async () => {
    const db = await openAfterUpgrade(1, async (old) => {
      await old.table<V1CommunityRow>('communities').add(community);
      await old.table<V1EstateRow>('estates').add(estate);
    });
    expect(await db.communities.toArray()).toEqual([community]);
    expect(await listEstates(db)).toEqual([estate].map(asUpgradedEstate));
    // The old rows take part in today's rules: the unique key and the repositories see them.
    expect((await refusal(createEstate(db, { communityId: community.id, name: '万科Ａ区' }))).map((p) => p.code)).toEqual(['duplicateName']);
    expect((await createCommunity(db, { name: '牌楼社区' })).name).toBe('牌楼社区');
    db.close();
  });

  it('keeps the seeded rows in the given database across reopening', async () => {
    const dexieOptions = isolatedIndexedDb();
    const first = await openAfterUpgrade(1, async (old) => {
      await old.table('communities').add(community);
    }, { name: 'kept', dexieOptions });
    first.close();
    const again = await openAfterUpgrade(1, async () => {}, { name: 'kept', dexieOptions });
    expect(await again.communities.count()).toBe(1);
    again.close();
  });

  it('writes nothing when the seed fails', async () => {
    const dexieOptions = isolatedIndexedDb();
    const failing = openAfterUpgrade(1, async (old) => {
      await old.table('communities').add(community);
      throw new Error('bad fixture');
    }, { name: 'failed', dexieOptions });
    await expect(failing).rejects.toThrow('bad fixture');
    const db = await openAfterUpgrade(1, async () => {}, { name: 'failed', dexieOptions });
    expect(await db.communities.count()).toBe(0);
    db.close();
  });

  it('leaves an old database for a later step to upgrade, as a v2 will', async () => {
    // A stand-in for the next version, declared on top of today's, so the path a real v2 takes
    // (seed old rows, reopen, upgrade runs once over them) is known to work here.
    const dexieOptions = isolatedIndexedDb();
    await createAtVersion(CURRENT_VERSION, async (old) => {
      await old.table('communities').add(community);
      await old.table('estates').add(estate);
    }, { name: 'next', dexieOptions });
    const next = new Dexie('next', dexieOptions);
    declareSchema(next);
    const { primKey, indexes } = next.table('estates').schema;
    const current = [primKey, ...indexes].map((index) => index.src).join(', ');
    next.version(CURRENT_VERSION + 1).stores({ estates: `${current}, companyId` }).upgrade((tx) =>
      tx.table('estates').toCollection().modify((row: Record<string, unknown>) => {
        row.companyId = '';
      }),
    );
    await next.open();
    expect(await next.table('estates').where('companyId').equals('').primaryKeys()).toEqual([estate.id]);
    expect(await next.table('communities').count()).toBe(1);
    next.close();
  });

  it('refuses a version that never existed', async () => {
    await expect(openAfterUpgrade(0, async () => {})).rejects.toThrow(RangeError);
  });
});
