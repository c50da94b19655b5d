import { describe, expect, it } from 'vitest';
import type { Estate } from '../../shared/estates/estate';
import { SearchIndex } from '../../shared/search';
import { filterEstates as filterList, indexEstates, NO_FILTER, totalEstates, type EstateFilter } from './estateFilter';

function estate(overrides: Partial<Estate>): Estate {
  return {
    id: overrides.name ?? 'x', communityId: 'a', name: 'x', aliases: [], nameKey: 'x', estateClass: 0, mode: 'unspecified', company: '', companyId: null,
    buildings: null, households: null, floorArea: null, address: '', pilot: false, notes: '', createdAt: 0, updatedAt: 0,
    ...overrides,
  };
}

const estates = [
  estate({ name: '锦绣花园', communityId: 'a', estateClass: 1, mode: 'market', company: '万科物业', buildings: 10, households: 300, pilot: true }),
  estate({ name: '机关宿舍', communityId: 'a', estateClass: 2, mode: 'employer', address: '牌楼路 1 号', buildings: 3, households: 60 }),
  estate({ name: '老街小区', communityId: 'b', estateClass: 3, mode: 'unmanaged', households: 45 }),
];

const filterEstates = (list: readonly Estate[], filter: EstateFilter) => filterList(indexEstates(list), filter);

describe('filterEstates', () => {
  it('shows everything with no filter', () => {
    expect(filterEstates(estates, NO_FILTER)).toHaveLength(3);
  });
  it('combines facets', () => {
    expect(filterEstates(estates, { ...NO_FILTER, communityIds: ['a'], classes: [2] }).map((e) => e.name)).toEqual(['机关宿舍']);
    expect(filterEstates(estates, { ...NO_FILTER, modes: ['unmanaged', 'market'] }).map((e) => e.name)).toEqual(['锦绣花园', '老街小区']);
    expect(filterEstates(estates, { ...NO_FILTER, pilot: 'pilot' }).map((e) => e.name)).toEqual(['锦绣花园']);
    expect(filterEstates(estates, { ...NO_FILTER, pilot: 'notPilot' })).toHaveLength(2);
  });
  it('searches name, company and address, folding full-width text', () => {
    expect(filterEstates(estates, { ...NO_FILTER, text: '万科' }).map((e) => e.name)).toEqual(['锦绣花园']);
    expect(filterEstates(estates, { ...NO_FILTER, text: '牌楼路 １' }).map((e) => e.name)).toEqual(['机关宿舍']);
    expect(filterEstates(estates, { ...NO_FILTER, text: '不存在' })).toEqual([]);
  });
  it('never matches across two fields', () => {
    expect(filterEstates(estates, { ...NO_FILTER, text: '花园万科' })).toEqual([]);
    expect(filterEstates(estates, { ...NO_FILTER, text: 'ＡＢＣ' })).toEqual([]);
    expect(filterEstates([estate({ name: 'abc花园' })], { ...NO_FILTER, text: 'ＡＢＣ' })).toHaveLength(1);
  });
  it('takes the search index\'s matching when it has answered: pinyin and initials find the estate', () => {
    const search = new SearchIndex();
    search.replaceKind('estate', estates.map((e) => ({ kind: 'estate', id: e.id, opens: { estate: e.id }, title: e.name, detail: '', texts: [e.name, e.company, e.address] })));
    const matched = (text: string) => new Set(search.search(text, { kinds: ['estate'] }).flatMap((g) => g.hits.map((h) => h.document.id)));
    expect(filterList(indexEstates(estates), { ...NO_FILTER, text: 'jxhy' }, matched('jxhy')).map((e) => e.name)).toEqual(['锦绣花园']);
    expect(filterList(indexEstates(estates), { ...NO_FILTER, text: 'wanke', communityIds: ['b'] }, matched('wanke'))).toEqual([]);
    // Still being indexed: characters only, as before.
    expect(filterList(indexEstates(estates), { ...NO_FILTER, text: 'jxhy' }, null)).toEqual([]);
  });
  it('keeps only the estates counting toward a coverage measure, none while the statuses are unread', () => {
    const withCommittee = new Set([estates[0]!.id]);
    const coverageOf = (id: string) => ({ withAssembly: withCommittee.has(id), withCommittee: withCommittee.has(id), filed: false, expired: false });
    expect(filterList(indexEstates(estates), { ...NO_FILTER, coverage: 'withCommittee' }, null, coverageOf).map((e) => e.name)).toEqual(['锦绣花园']);
    expect(filterList(indexEstates(estates), { ...NO_FILTER, coverage: 'filed' }, null, coverageOf)).toEqual([]);
    expect(filterList(indexEstates(estates), { ...NO_FILTER, coverage: 'withCommittee' }, null, null)).toEqual([]);
  });
});

describe('totalEstates', () => {
  it('sums buildings and households of the rows given, blanks as nothing', () => {
    expect(totalEstates(estates)).toEqual({ buildings: 13, households: 405 });
    expect(totalEstates(estates.slice(2))).toEqual({ buildings: 0, households: 45 });
  });
});
