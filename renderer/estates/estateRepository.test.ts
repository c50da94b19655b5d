import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Community } from '../../shared/estates/community';
import { createCommunity } from './communityRepository';
import { createEstate, deleteEstate, getEstate, listEstates, updateEstate, type EstateDraft } from './estateRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';
import { hideRowsFrom } from '../db/testing/hideRows';
import { openTestDb } from '../db/testing/testDb';

let db: StreetLedgerDb;
let taiping: Community;
let pailou: Community;
beforeEach(async () => {
  db = await openTestDb();
  taiping = await createCommunity(db, { name: '太平社区' });
  pailou = await createCommunity(db, { name: '牌楼社区' });
});
afterEach(() => db.close());

const draft = (overrides: EstateDraft = {}): EstateDraft => ({
  communityId: taiping.id,
  name: '万科a区',
  estateClass: '一类小区',
  mode: '市场化',
  company: '万科物业',
  buildings: '１２',
  households: '1,203',
  floorArea: 85000.5,
  address: '太平路 8 号',
  pilot: '是',
  notes: '',
  ...overrides,
});

describe('createEstate', () => {
  it('stores the parsed fields with a key, an id and timestamps', async () => {
    const created = await createEstate(db, draft());
    expect(created).toMatchObject({
      communityId: taiping.id,
      name: '万科a区',
      nameKey: '万科a区',
      estateClass: 1,
      mode: 'market',
      buildings: 12,
      households: 1203,
      floorArea: 85000.5,
      pilot: true,
    });
    expect(created.updatedAt).toBe(created.createdAt);
    expect(await getEstate(db, created.id)).toEqual(created);
  });

  it('stores a blank class as 0, so the unclassified estates can be found by index', async () => {
    const created = await createEstate(db, draft({ estateClass: '' }));
    expect(await db.estates.where('estateClass').equals(0).primaryKeys()).toEqual([created.id]);
  });

  it('refuses a name the community already has, across blanks, full-width letters and case', async () => {
    const first = await createEstate(db, draft({ name: '万科a区' }));
    const problems = await refusal(createEstate(db, draft({ name: '万科Ａ区 ' })));
    expect(problems).toEqual([{ field: 'name', code: 'duplicateName', params: { name: '万科a区', community: '太平社区' } }]);
    expect(await listEstates(db)).toEqual([first]);
  });

  it('allows the same name in another community', async () => {
    const here = await createEstate(db, draft({ name: '万科a区' }));
    const there = await createEstate(db, draft({ name: '万科Ａ区', communityId: pailou.id }));
    expect(there.nameKey).toBe(here.nameKey);
    expect(await db.estates.count()).toBe(2);
  });

  it('refuses an estate whose community does not exist and saves nothing', async () => {
    const problems = await refusal(createEstate(db, draft({ communityId: 'no-such-community' })));
    expect(problems).toEqual([{ field: 'communityId', code: 'unknownCommunity', params: { name: 'no-such-community' } }]);
    expect(await db.estates.count()).toBe(0);
  });

  it('refuses a negative household count and saves nothing', async () => {
    const problems = await refusal(createEstate(db, draft({ households: -3 })));
    expect(problems).toEqual([{ field: 'households', code: 'negative' }]);
    expect(await db.estates.count()).toBe(0);
  });
});

describe('updateEstate', () => {
  it('changes only the given fields and moves updatedAt forward', async () => {
    const created = await createEstate(db, draft());
    const updated = await updateEstate(db, created.id, { households: '1,250', pilot: '否' });
    expect(updated).toEqual({ ...created, households: 1250, pilot: false, updatedAt: updated.updatedAt });
    expect(updated.updatedAt).toBeGreaterThan(created.updatedAt);
    expect(await getEstate(db, created.id)).toEqual(updated);
  });

  it('keeps an unclassified estate unclassified, and accepts the stored code 0 as a change', async () => {
    const created = await createEstate(db, draft({ estateClass: null }));
    expect((await updateEstate(db, created.id, { notes: '待核实' })).estateClass).toBe(0);
    await updateEstate(db, created.id, { estateClass: 2 });
    expect((await updateEstate(db, created.id, { estateClass: 0 })).estateClass).toBe(0);
  });

  it('moves an estate to another community, checking names there', async () => {
    const moving = await createEstate(db, draft({ name: '一号院' }));
    await createEstate(db, draft({ name: '一号院', communityId: pailou.id }));
    const problems = await refusal(updateEstate(db, moving.id, { communityId: pailou.id }));
    expect(problems).toEqual([{ field: 'name', code: 'duplicateName', params: { name: '一号院', community: '牌楼社区' } }]);
    expect(await getEstate(db, moving.id)).toEqual(moving);
    const moved = await updateEstate(db, moving.id, { communityId: pailou.id, name: '一号院（东）' });
    // Stored as typed; the key folds, so the half-width spelling is the same name.
    expect(moved).toMatchObject({ communityId: pailou.id, name: '一号院（东）' });
    const clash = await refusal(createEstate(db, draft({ name: '一号院(东)', communityId: pailou.id })));
    expect(clash.map((p) => p.code)).toEqual(['duplicateName']);
  });

  it('allows re-spelling its own name but not taking a neighbour’s', async () => {
    const a = await createEstate(db, draft({ name: '万科a区' }));
    await createEstate(db, draft({ name: '万科b区' }));
    expect((await updateEstate(db, a.id, { name: '万科A区' })).name).toBe('万科A区');
    const problems = await refusal(updateEstate(db, a.id, { name: '万科Ｂ区' }));
    expect(problems.map((p) => p.code)).toEqual(['duplicateName']);
    expect((await getEstate(db, a.id))?.name).toBe('万科A区');
  });

  it('refuses invalid changes, an unknown community or a missing estate, changing nothing', async () => {
    const created = await createEstate(db, draft());
    expect(await refusal(updateEstate(db, created.id, { households: -1, estateClass: '四类' }))).toEqual([
      { field: 'estateClass', code: 'unknownClass', params: { value: '四类' } },
      { field: 'households', code: 'negative' },
    ]);
    expect((await refusal(updateEstate(db, created.id, { communityId: 'gone' }))).map((p) => p.code)).toEqual(['unknownCommunity']);
    expect(await refusal(updateEstate(db, 'missing', { name: 'x' }))).toEqual([{ field: 'estate', code: 'notFound' }]);
    expect(await listEstates(db)).toEqual([created]);
  });
});

describe('deleteEstate', () => {
  it('deletes the estate, leaving the others', async () => {
    const kept = await createEstate(db, draft({ name: '一号院' }));
    const gone = await createEstate(db, draft({ name: '二号院' }));
    await deleteEstate(db, gone.id);
    expect(await getEstate(db, gone.id)).toBeUndefined();
    expect(await listEstates(db)).toEqual([kept]);
  });

  it('refuses an estate that does not exist', async () => {
    expect(await refusal(deleteEstate(db, 'missing'))).toEqual([{ field: 'estate', code: 'notFound' }]);
  });
});

describe('listEstates', () => {
  it('lists in creation order', async () => {
    const names = ['三号院', '一号院', '二号院', '四号院'];
    for (const name of names) await createEstate(db, draft({ name }));
    expect((await listEstates(db)).map((e) => e.name)).toEqual(names);
  });
});

describe('transactions', () => {
  it('rolls back every row when a batch of writes fails on its third row', async () => {
    const batch = db.transaction('rw', db.communities, db.estates, db.companies, async () => {
      await createEstate(db, draft({ name: '一号院' }));
      await createEstate(db, draft({ name: '二号院' }));
      await createEstate(db, draft({ name: '一号院 ' }));
    });
    expect((await refusal(batch)).map((p) => p.code)).toEqual(['duplicateName']);
    expect(await db.estates.count()).toBe(0);
  });

  it('maps a unique-index violation that bypassed the checks to duplicateName', async () => {
    const first = await createEstate(db, draft({ name: '万科a区' }));
    const reveal = await hideRowsFrom(db, 'estates');
    const problems = await refusal(createEstate(db, draft({ name: '万科A区' })));
    expect(problems).toEqual([{ field: 'name', code: 'duplicateName', params: { name: '万科A区', community: '太平社区' } }]);
    await reveal();
    expect(await listEstates(db)).toEqual([first]);
  });
});
