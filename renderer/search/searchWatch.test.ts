// liveQuery stays silent unless a global indexedDB exists (dexie/Dexie.js#2046).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchIndex, type SearchKind } from '../../shared/search';
import { complaintRecord } from '../../shared/complaints/testComplaints';
import { createCompany, updateCompany } from '../companies';
import { addCommitteeMember, createCommitteeTerm } from '../committees/committeeTermRepository';
import { createCommunity, createEstate, updateEstate } from '../estates';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { SEARCH_PROVIDERS } from './providers';
import { watchSearchIndex } from './searchWatch';

let db: StreetLedgerDb;
let stop: () => void = () => undefined;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => {
  stop();
  db.close();
});

/** Resolves on the next change of `kind` for which `done` holds. */
function watch(index: SearchIndex) {
  const waiting: { kind: SearchKind; done: () => boolean; resolve: () => void }[] = [];
  stop = watchSearchIndex(db, index, Object.values(SEARCH_PROVIDERS), (kind) => {
    for (const w of [...waiting]) if (w.kind === kind && w.done()) { waiting.splice(waiting.indexOf(w), 1); w.resolve(); }
  }, (error) => { throw error; });
  // A change may have come in before the test asks for it.
  return (kind: SearchKind, done: () => boolean) => new Promise<void>((resolve) => (done() ? resolve() : waiting.push({ kind, done, resolve })));
}

const titles = (index: SearchIndex, text: string) => index.search(text).flatMap((g) => g.hits.map((h) => `${g.kind}:${h.document.title}`));

describe('the search index kept current', () => {
  it('indexes every kind from the database and follows each change', async () => {
    const community = await createCommunity(db, { name: '长春社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '翠湖小区', company: '重庆银行物业' });
    const index = new SearchIndex();
    const changed = watch(index);
    await changed('estate', () => index.size('estate') === 1);
    expect(titles(index, 'cuihu')).toEqual(['estate:翠湖小区']);
    // The estate's company is registered with it (schema v8), so the company is found too.
    await changed('company', () => index.size('company') === 1);
    expect(titles(index, 'cqyh')).toEqual(['estate:翠湖小区', 'company:重庆银行物业']);
    expect(titles(index, 'ccsq')).toEqual(['community:长春社区']);

    await updateEstate(db, estate.id, { name: '长春花园' }, { reason: '更名' });
    await changed('estate', () => titles(index, 'cchy').length === 1);
    // Renamed, still found by the name it had (曾用名), and the hit says so.
    const [hit] = index.search('cuihu')[0]!.hits;
    expect(hit!.document.title).toBe('长春花园');
    expect(hit!.document.texts[hit!.text]).toBe('翠湖小区');
  });

  it('finds a property company by an alias and a complaint by its work-order number', async () => {
    const community = await createCommunity(db, { name: '太平社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园' });
    const index = new SearchIndex();
    const changed = watch(index);
    await createCompany(db, { name: '重庆长春物业服务有限公司', aliases: ['长春物业'] });
    await db.complaints.add(complaintRecord({ id: 'cp-1', number: '投〔2024〕第3号', workOrderNumber: '12345-0098', estateId: estate.id, communityId: community.id }));
    await changed('complaint', () => index.size('complaint') === 1);
    await changed('company', () => index.size('company') === 1);
    expect(titles(index, 'ccwy')).toEqual(['company:重庆长春物业服务有限公司']);
    expect(titles(index, '0098')).toEqual(['complaint:投〔2024〕第3号']);
    // Each hit opens the record itself.
    expect(index.search('0098')[0]!.hits[0]!.document.opens).toEqual({ complaint: 'cp-1' });
    const company = index.search('ccwy')[0]!.hits[0]!.document;
    expect(company.opens).toEqual({ company: company.id });

    // Renamed in the register, the company is still found by the name it had (曾用名).
    await updateCompany(db, company.id, { name: '渝中物业有限公司' }, '更名');
    await changed('company', () => titles(index, 'yzwy').length === 1);
    expect(titles(index, 'cqcc')).toEqual(['company:渝中物业有限公司']);
  });

  it('finds an estate by its aliases (别名) as they change, and a committee member opens the committee of their estate', async () => {
    const community = await createCommunity(db, { name: '太平社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园', aliases: '东湖苑、锦绣二期' });
    const index = new SearchIndex();
    const changed = watch(index);
    await changed('estate', () => index.size('estate') === 1);
    expect(titles(index, 'dhy')).toEqual(['estate:锦绣花园']);
    expect(titles(index, '锦绣二期')).toEqual(['estate:锦绣花园']);
    await updateEstate(db, estate.id, { aliases: ['西湖苑'] });
    await changed('estate', () => titles(index, '西湖苑').length === 1);
    expect(titles(index, 'dhy')).toEqual([]);
    const term = await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-05-15' }, { defaultTermYears: 5 });
    await addCommitteeMember(db, term.id, { name: '王建国', role: '主任' });
    await changed('committeeMember', () => index.size('committeeMember') === 1);
    expect(index.search('wjg')[0]!.hits[0]!.document.opens).toEqual({ committee: estate.id });
  });
});
