import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createCommunity,
  deleteCommunity,
  getCommunity,
  listCommunities,
  updateCommunity,
} from './communityRepository';
import { createEstate } from './estateRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';
import { hideRowsFrom } from '../db/testing/hideRows';
import { openTestDb } from '../db/testing/testDb';

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const wanAn = { name: '万安社区', kind: '社区', director: '李华', phone: '0851-1234567', planned: { total: '31', class1: 2, class2: 8, class3: 21 } };

describe('createCommunity', () => {
  it('stores the cleaned fields with a key, an id and timestamps', async () => {
    const before = Date.now();
    const created = await createCommunity(db, { ...wanAn, name: ' 万安社区 ' });
    expect(created).toMatchObject({
      name: '万安社区',
      nameKey: '万安社区',
      kind: 'community',
      director: '李华',
      planned: { total: 31, class1: 2, class2: 8, class3: 21 },
    });
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.createdAt).toBeGreaterThanOrEqual(before);
    expect(created.updatedAt).toBe(created.createdAt);
    expect(await getCommunity(db, created.id)).toEqual(created);
  });

  it('gives every community its own id', async () => {
    const a = await createCommunity(db, { name: '太平社区' });
    const b = await createCommunity(db, { name: '牌楼社区' });
    expect(a.id).not.toBe(b.id);
  });

  it('refuses a name the street already has, across blanks, full-width letters and case', async () => {
    const first = await createCommunity(db, { name: '万科a区' });
    const problems = await refusal(createCommunity(db, { name: '万科Ａ区 ' }));
    expect(problems).toEqual([{ field: 'name', code: 'duplicateCommunityName', params: { name: '万科a区' } }]);
    expect(await listCommunities(db)).toEqual([first]);
  });

  it('maps a unique-index violation that bypassed the checks to duplicateCommunityName', async () => {
    const first = await createCommunity(db, { name: '万科a区' });
    const reveal = await hideRowsFrom(db, 'communities');
    const problems = await refusal(createCommunity(db, { name: '万科A区' }));
    expect(problems).toEqual([{ field: 'name', code: 'duplicateCommunityName', params: { name: '万科A区' } }]);
    await reveal();
    expect(await listCommunities(db)).toEqual([first]);
  });

  it('refuses what the validator refuses and saves nothing', async () => {
    const problems = await refusal(createCommunity(db, { name: '  ', planned: { total: -1 } }));
    expect(problems).toEqual([
      { field: 'name', code: 'required' },
      { field: 'plannedTotal', code: 'negative' },
    ]);
    expect(await db.communities.count()).toBe(0);
  });
});

describe('updateCommunity', () => {
  it('changes only the given fields and moves updatedAt forward', async () => {
    const created = await createCommunity(db, wanAn);
    const updated = await updateCommunity(db, created.id, { director: '王芳', planned: { class1: 3 } });
    expect(updated).toMatchObject({
      id: created.id,
      name: '万安社区',
      director: '王芳',
      phone: '0851-1234567',
      planned: { total: 31, class1: 3, class2: 8, class3: 21 },
      createdAt: created.createdAt,
    });
    expect(updated.updatedAt).toBeGreaterThan(created.updatedAt);
    expect(await getCommunity(db, created.id)).toEqual(updated);
  });

  it('blanks a planned count given as null', async () => {
    const created = await createCommunity(db, wanAn);
    const updated = await updateCommunity(db, created.id, { planned: { total: null } });
    expect(updated.planned.total).toBeNull();
  });

  it('renames, keeping the key in step, and allows a change of spelling of its own name', async () => {
    const created = await createCommunity(db, { name: '万科a区' });
    const respelled = await updateCommunity(db, created.id, { name: '万科A区' });
    expect(respelled).toMatchObject({ name: '万科A区', nameKey: '万科a区' });
    const renamed = await updateCommunity(db, created.id, { name: '观音岩社区' });
    expect(renamed.nameKey).toBe('观音岩社区');
  });

  it("refuses another community's name and leaves the row as it was", async () => {
    await createCommunity(db, { name: '太平社区' });
    const other = await createCommunity(db, { name: '牌楼社区' });
    const problems = await refusal(updateCommunity(db, other.id, { name: ' 太平社区' }));
    expect(problems).toEqual([{ field: 'name', code: 'duplicateCommunityName', params: { name: '太平社区' } }]);
    expect(await getCommunity(db, other.id)).toEqual(other);
  });

  it('refuses invalid changes and leaves the row as it was', async () => {
    const created = await createCommunity(db, wanAn);
    const problems = await refusal(updateCommunity(db, created.id, { kind: '街道', planned: { class2: '八' } }));
    expect(problems.map((p) => p.code)).toEqual(['unknownKind', 'notANumber']);
    expect(await getCommunity(db, created.id)).toEqual(created);
  });

  it('refuses a community that does not exist', async () => {
    expect(await refusal(updateCommunity(db, 'missing', { name: '太平社区' }))).toEqual([{ field: 'community', code: 'notFound' }]);
    expect(await db.communities.count()).toBe(0);
  });
});

describe('deleteCommunity', () => {
  it('deletes a community without estates', async () => {
    const kept = await createCommunity(db, { name: '太平社区' });
    const gone = await createCommunity(db, { name: '牌楼社区' });
    await deleteCommunity(db, gone.id);
    expect(await listCommunities(db)).toEqual([kept]);
  });

  it('refuses while estates remain, saying how many, and allows it once they are gone', async () => {
    const community = await createCommunity(db, { name: '太平社区' });
    const estates = await Promise.all(['一号院', '二号院', '三号院'].map((name) => createEstate(db, { communityId: community.id, name })));
    expect(await refusal(deleteCommunity(db, community.id))).toEqual([
      { field: 'community', code: 'communityHasEstates', params: { count: 3 } },
    ]);
    await db.estates.bulkDelete(estates.slice(1).map((e) => e.id));
    expect(await refusal(deleteCommunity(db, community.id))).toEqual([
      { field: 'community', code: 'communityHasEstates', params: { count: 1 } },
    ]);
    expect(await getCommunity(db, community.id)).toEqual(community);
    await db.estates.clear();
    await deleteCommunity(db, community.id);
    expect(await db.communities.count()).toBe(0);
  });

  it('refuses a community that does not exist', async () => {
    expect(await refusal(deleteCommunity(db, 'missing'))).toEqual([{ field: 'community', code: 'notFound' }]);
  });
});

describe('listCommunities', () => {
  it('lists in creation order, not by id or name', async () => {
    const names = ['印盒石社区', '观音岩社区', '万安社区', '石峰村', '太平社区'];
    for (const name of names) await createCommunity(db, { name });
    expect((await listCommunities(db)).map((c) => c.name)).toEqual(names);
  });
});
