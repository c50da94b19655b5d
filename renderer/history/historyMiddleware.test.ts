import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommunity, updateCommunity } from '../estates';
import { createEstate, deleteEstate, updateEstate } from '../estates';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { describeChange, setOperator } from './changeContext';
import { historyOfEstate, historyOfRecord, listHistory } from './historyRepository';

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const fields = (entries: readonly { change: string; field: string | null; before: unknown; after: unknown }[]) =>
  entries.map(({ change, field, before, after }) => ({ change, field, before, after }));

describe('the field history the database writes', () => {
  it('records creation, each changed field with before and after, and deletion with the record as it was', async () => {
    setOperator(db, '李娜');
    const community = await createCommunity(db, { name: '太平社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园', estateClass: '一类', mode: '市场化', company: '甲物业' });
    await updateEstate(db, estate.id, { company: '乙物业', estateClass: '二类', address: '桂花路12号（东门）' });
    const history = await historyOfEstate(db, estate.id);
    expect(fields(history).sort((a, b) => String(a.field).localeCompare(String(b.field)))).toEqual([
      { change: 'updated', field: 'address', before: '', after: '桂花路12号（东门）' },
      { change: 'updated', field: 'company', before: '甲物业', after: '乙物业' },
      { change: 'updated', field: 'estateClass', before: 1, after: 2 },
      { change: 'created', field: null, before: null, after: null },
    ]);
    expect(history.every((e) => e.kind === 'estate' && e.recordId === estate.id && e.operator === '李娜' && e.cause === 'edit')).toBe(true);

    await deleteEstate(db, estate.id);
    const [deleted] = await historyOfEstate(db, estate.id);
    expect(deleted).toMatchObject({ change: 'deleted', before: { name: '锦绣花园', company: '乙物业' } });
  });

  it('follows nested fields down to their leaves', async () => {
    const community = await createCommunity(db, { name: '太平社区', planned: { total: 3, class1: 1 } });
    await updateCommunity(db, community.id, { planned: { total: 4, class1: 1 } });
    expect(fields(await historyOfRecord(db, 'community', community.id)).filter((e) => e.change === 'updated')).toEqual([
      { change: 'updated', field: 'planned.total', before: 3, after: 4 },
    ]);
  });

  it('writes nothing for a write that changes nothing, and nothing at all when the write is refused', async () => {
    const community = await createCommunity(db, { name: '太平社区' });
    await updateCommunity(db, community.id, { name: '太平社区' });
    expect(await historyOfRecord(db, 'community', community.id)).toHaveLength(1);
    await createCommunity(db, { name: '牌楼社区' });
    const before = await listHistory(db);
    await expect(updateCommunity(db, community.id, { name: '牌楼社区' })).rejects.toThrow();
    await expect(
      db.transaction('rw', db.communities, async () => {
        await db.communities.put({ ...community, director: '王强' });
        throw new Error('the caller gives up');
      }),
    ).rejects.toThrow('the caller gives up');
    expect(await listHistory(db)).toEqual(before);
  });

  it('carries the author a transaction names, over the window operator', async () => {
    setOperator(db, '李娜');
    const community = await createCommunity(db, { name: '太平社区' });
    await db.transaction('rw', db.communities, async () => {
      describeChange({ operator: '王强', reason: '社区更名', cause: 'edit' });
      await db.communities.put({ ...community, name: '太平村' });
    });
    const [renamed] = await historyOfRecord(db, 'community', community.id);
    expect(renamed).toMatchObject({ field: 'name', before: '太平社区', after: '太平村', operator: '王强', reason: '社区更名' });
  });
});

describe('reasons for the fields the settings name', () => {
  it('refuses a class change without a reason, changing nothing, and keeps the reason given', async () => {
    const community = await createCommunity(db, { name: '太平社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园', estateClass: '一类', company: '甲物业' });
    const required = ['estateClass', 'mode', 'company'] as const;
    await expect(updateEstate(db, estate.id, { estateClass: '三类' }, { reason: '  ', reasonRequiredFor: required })).rejects.toMatchObject({
      problems: [{ field: 'reason', code: 'reasonRequired' }],
    });
    expect(await historyOfEstate(db, estate.id)).toHaveLength(1);
    // Fields the settings do not name need none.
    await updateEstate(db, estate.id, { notes: '老旧小区，需加装电梯' }, { reasonRequiredFor: required });
    await updateEstate(db, estate.id, { estateClass: '三类' }, { reason: ' 区住建委2024年复核（第3批） ', reasonRequiredFor: required });
    const [reclassed] = await historyOfEstate(db, estate.id);
    expect(reclassed).toMatchObject({ field: 'estateClass', before: 1, after: 3, reason: '区住建委2024年复核（第3批）' });
  });

  it('asks for a reason when the settings name the aliases and the list changes, not when it is only re-entered', async () => {
    const community = await createCommunity(db, { name: '太平社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园', aliases: ['锦绣一期'] });
    const required = ['aliases'] as const;
    await expect(updateEstate(db, estate.id, { aliases: ['锦绣一期', '东门小区'] }, { reasonRequiredFor: required })).rejects.toMatchObject({
      problems: [{ field: 'reason', code: 'reasonRequired' }],
    });
    await updateEstate(db, estate.id, { aliases: ['锦绣一期'] }, { reasonRequiredFor: required });
    await updateEstate(db, estate.id, { aliases: ['锦绣一期', '东门小区'] }, { reason: '居民习惯叫法', reasonRequiredFor: required });
    const [aliased] = await historyOfEstate(db, estate.id);
    expect(aliased).toMatchObject({ field: 'aliases', reason: '居民习惯叫法' });
  });
});
