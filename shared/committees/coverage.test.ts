import { describe, expect, it } from 'vitest';
import type { EstateClassCode } from '../estates/estateClass';
import { coverageFacts, share, summariseCoverage, type CoverageFacts } from './coverage';
import { committeeStatus } from './status';
import type { EstateCommitteeRecords } from './types';

const rules = { termExpiryWarningMonths: 3 };
const communities = [
  { id: 'c1', name: '太平社区' },
  { id: 'c2', name: '牌楼社区' },
  { id: 'c3', name: '石峰村' },
];

const estate = (id: string, communityId: string, estateClass: EstateClassCode) => ({ id, communityId, estateClass });

const RECORDS: Readonly<Record<string, EstateCommitteeRecords>> = {
  // Filed and current.
  e1: { groups: [], meetings: [{ heldOn: '2022-01-01', kind: 'first' }], terms: [{ termNumber: 1, electedOn: '2022-01-01', endOn: '2027-01-01', filedOn: '2022-01-20' }] },
  // Elected, not filed.
  e2: { groups: [], meetings: [], terms: [{ termNumber: 1, electedOn: '2024-05-01', endOn: '2029-05-01', filedOn: null }] },
  // Filed long ago, expired.
  e3: { groups: [], meetings: [], terms: [{ termNumber: 1, electedOn: '2018-01-01', endOn: '2023-01-01', filedOn: '2018-01-10' }] },
  // An assembly but no committee yet.
  e4: { groups: [{ formedOn: '2024-01-01' }], meetings: [{ heldOn: '2024-04-01', kind: 'first' }], terms: [] },
};
const NONE: EstateCommitteeRecords = { groups: [], meetings: [], terms: [] };

const factsOn = (date: string) => (id: string): CoverageFacts => coverageFacts(committeeStatus(RECORDS[id] ?? NONE, date, rules));

describe('summariseCoverage', () => {
  const estates = [
    estate('e1', 'c1', 1),
    estate('e2', 'c1', 2),
    estate('e3', 'c1', 2),
    estate('e4', 'c2', 3),
    estate('e5', 'c2', 0),
    estate('orphan', 'gone', 1),
  ];

  it('counts per community, by class, and for the street', () => {
    const table = summariseCoverage('2024-06-01', communities, estates, factsOn('2024-06-01'));
    expect(table.date).toBe('2024-06-01');
    const [taiping, pailou, shifeng] = table.rows;
    expect(taiping).toMatchObject({ name: '太平社区', all: { estates: 3, withAssembly: 3, withCommittee: 3, filed: 2, expired: 1 } });
    expect(taiping?.byClass[2]).toEqual({ estates: 2, withAssembly: 2, withCommittee: 2, filed: 1, expired: 1 });
    expect(taiping?.byClass[1]).toEqual({ estates: 1, withAssembly: 1, withCommittee: 1, filed: 1, expired: 0 });
    expect(pailou?.all).toEqual({ estates: 2, withAssembly: 1, withCommittee: 0, filed: 0, expired: 0 });
    expect(shifeng?.all).toEqual({ estates: 0, withAssembly: 0, withCommittee: 0, filed: 0, expired: 0 });
    // The estate of a community not listed is left out, as in the class table.
    expect(table.totals.all).toEqual({ estates: 5, withAssembly: 4, withCommittee: 3, filed: 2, expired: 1 });
    expect(table.totals.byClass[0]).toEqual({ estates: 1, withAssembly: 0, withCommittee: 0, filed: 0, expired: 0 });
  });

  it('changes with the day asked about', () => {
    const earlier = summariseCoverage('2022-06-01', communities, estates, factsOn('2022-06-01'));
    expect(earlier.totals.all).toEqual({ estates: 5, withAssembly: 2, withCommittee: 2, filed: 2, expired: 0 });
  });

  it('gives shares as fractions, and none of nothing', () => {
    expect(share(2, 8)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });
});
