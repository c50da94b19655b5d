import { describe, expect, it } from 'vitest';
import { likelyDuplicates } from '../../../shared/companies';
import { findCompanyByName, listCompanies, mergeCompanies } from '../../companies';
import { updateEstate } from '../../estates';
import { openAfterUpgrade } from '../testing/migrationHarness';
import type { V1CommunityRow, V1EstateRow } from './v1';

/*
 * Seeds version 6, the version below 8 on main when this was written (v7, complaints, was not
 * merged yet): the estates hold their company as free text, typed the way clerks type it.
 */
const at = 1_700_000_000_000;
const community: V1CommunityRow = {
  id: 'c-taiping', name: '太平社区', nameKey: '太平社区', kind: 'community', director: '', phone: '',
  planned: { total: null, class1: null, class2: null, class3: null }, createdAt: at, updatedAt: at,
};
let n = 0;
function estate(name: string, company: string): V1EstateRow {
  n += 1;
  return {
    id: `e-${n}`, communityId: community.id, name, nameKey: name, estateClass: 1, mode: 'market', company, buildings: null, households: 100 + n,
    floorArea: null, address: '', pilot: false, notes: '', createdAt: at + n, updatedAt: at + n,
  };
}
const estates = [
  estate('锦绣花园', '锦江物业'),
  estate('桂花苑', '锦江物业服务有限公司'),
  estate('滨江苑', ' 锦江物业 '),
  estate('万科城一期', '万科物业（成都）'),
  estate('万科城二期', '万科物业(成都)'),
  estate('东苑', 'ＡＢＣ物业管理有限公司'),
  estate('西苑', 'abc物业管理有限公司'),
  estate('蓝光公馆', '蓝光嘉宝物业服务集团股份有限公司'),
  estate('蓝光花园', '嘉宝物业'),
  estate('机关宿舍', ''),
  estate('老街小区', '华'),
];

async function upgraded() {
  return openAfterUpgrade(6, async (old) => {
    await old.table('communities').add(community);
    await old.table('estates').bulkAdd(estates);
  });
}

describe('schema v8: a company register out of the estates’ free text', () => {
  it('registers one company per folded name under the spelling typed first, and links every estate to it', async () => {
    const db = await upgraded();
    const companies = await listCompanies(db);
    expect(companies.map((c) => c.name)).toEqual(['锦江物业', '锦江物业服务有限公司', '万科物业（成都）', 'ＡＢＣ物业管理有限公司', '蓝光嘉宝物业服务集团股份有限公司', '嘉宝物业', '华']);
    const stored = new Map((await db.estates.toArray()).map((e) => [e.name, e]));
    const nameOf = (estateName: string) => companies.find((c) => c.id === stored.get(estateName)?.companyId)?.name ?? null;
    // Text as typed stays on the estate; the link is new.
    expect(stored.get('滨江苑')?.company).toBe(' 锦江物业 ');
    expect(nameOf('滨江苑')).toBe('锦江物业');
    expect(nameOf('万科城二期')).toBe('万科物业（成都）');
    expect(nameOf('西苑')).toBe('ＡＢＣ物业管理有限公司');
    expect(nameOf('机关宿舍')).toBeNull();
    expect(stored.get('机关宿舍')?.companyId).toBeNull();
    db.close();
  });

  it('proposes the likely duplicates for the office to decide, and a merge relinks the estates', async () => {
    const db = await upgraded();
    const pairs = likelyDuplicates(await listCompanies(db)).map((p) => [p.first.name, p.second.name]);
    // 锦江 twice, 嘉宝 inside 蓝光嘉宝; 华 is too short to say anything.
    expect(pairs).toEqual([['锦江物业', '锦江物业服务有限公司'], ['蓝光嘉宝物业服务集团股份有限公司', '嘉宝物业']]);

    const [keep, gone] = [(await findCompanyByName(db, '锦江物业服务有限公司'))!, (await findCompanyByName(db, '锦江物业'))!];
    await mergeCompanies(db, keep.id, gone.id);
    const linked = (await db.estates.where('companyId').equals(keep.id).toArray()).map((e) => e.name).sort();
    expect(linked).toEqual(['桂花苑', '滨江苑', '锦绣花园'].sort());
    expect((await findCompanyByName(db, '锦江物业'))?.id).toBe(keep.id);
    expect(likelyDuplicates(await listCompanies(db)).map((p) => p.second.name)).toEqual(['嘉宝物业']);
    // An edit of such an estate keeps the link its old text had.
    await updateEstate(db, 'e-3', { households: 90 });
    expect((await db.estates.get('e-3'))?.companyId).toBe(keep.id);
    db.close();
  });

  it('opens a v6 database without estates with an empty register', async () => {
    const db = await openAfterUpgrade(6, async (old) => {
      await old.table('communities').add(community);
    });
    expect(await db.companies.count()).toBe(0);
    expect(await db.creditEntries.count()).toBe(0);
    db.close();
  });
});
