import { describe, expect, it } from 'vitest';
import { committeeStatus } from '../../../shared/committees/status';
import { createAssemblyMeeting } from '../../committees/committeePreparationRepository';
import { committeeRecordsOf } from '../../committees/committeeQueries';
import { createCommitteeTerm } from '../../committees/committeeTermRepository';
import { deleteEstate, listEstates } from '../../estates/estateRepository';
import { refusal } from '../testing/expectRefused';
import { openAfterUpgrade } from '../testing/migrationHarness';
import type { V1CommunityRow, V1EstateRow } from './v1';
import { asUpgradedEstate } from '../testing/upgradedEstate';

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

const estate = (id: string, name: string, households: number | null): V1EstateRow => ({
  id,
  communityId: community.id,
  name,
  nameKey: name,
  estateClass: 0,
  mode: 'unspecified',
  company: '',
  buildings: null,
  households,
  floorArea: null,
  address: '',
  pilot: false,
  notes: '',
  createdAt: 1_600_000_000_001,
  updatedAt: 1_600_000_000_001,
});

const jinxiu = estate('e-jinxiu', '锦绣花园', 400);
const laojie = estate('e-laojie', '老街小区', null);

describe('upgrading a version-1 database to version 2', () => {
  it('keeps every v1 row as it was and adds the committee tables empty', async () => {
    const db = await openAfterUpgrade(1, async (old) => {
      await old.table<V1CommunityRow>('communities').add(community);
      await old.table<V1EstateRow>('estates').bulkAdd([jinxiu, laojie]);
    });
    expect(await db.communities.toArray()).toEqual([community]);
    expect(await listEstates(db)).toEqual([jinxiu, laojie].map(asUpgradedEstate));
    expect(await db.preparatoryGroups.count()).toBe(0);
    expect(await db.assemblyMeetings.count()).toBe(0);
    expect(await db.committeeTerms.count()).toBe(0);
    db.close();
  });

  it('lets the old estates take committee records, under the new rules', async () => {
    const db = await openAfterUpgrade(1, async (old) => {
      await old.table<V1CommunityRow>('communities').add(community);
      await old.table<V1EstateRow>('estates').bulkAdd([jinxiu, laojie]);
    });
    // The v1 household count bounds the attendance; the blank one bounds nothing.
    expect((await refusal(createAssemblyMeeting(db, { estateId: jinxiu.id, kind: '首次业主大会', heldOn: '2024-02-20', attendingOwners: 401 }))).map((p) => p.code)).toEqual([
      'exceedsHouseholds',
    ]);
    await createAssemblyMeeting(db, { estateId: laojie.id, kind: '首次业主大会', heldOn: '2024-02-20', attendingOwners: 9999 });
    const term = await createCommitteeTerm(db, { estateId: jinxiu.id, termNumber: 1, electedOn: '2024-03-01' }, { defaultTermYears: 5 });
    expect(term.endOn).toBe('2029-03-01');
    const records = await committeeRecordsOf(db, jinxiu.id);
    expect(committeeStatus(records, '2024-04-01', { termExpiryWarningMonths: 3 }).code).toBe('filingOverdue');
    // The term's unique index exists on the upgraded database.
    expect((await refusal(createCommitteeTerm(db, { estateId: jinxiu.id, termNumber: '第一届', electedOn: '2024-05-01' }, { defaultTermYears: 5 }))).map((p) => p.code)).toEqual([
      'duplicateTermNumber',
    ]);
    // And an old estate with new records is protected from deletion.
    expect((await refusal(deleteEstate(db, jinxiu.id))).map((p) => p.code)).toEqual(['estateHasCommitteeRecords']);
    db.close();
  });

  it('indexes the committee tables by estate, with term numbers unique per estate', async () => {
    const db = await openAfterUpgrade(1, async () => {});
    const indexes = (name: 'preparatoryGroups' | 'assemblyMeetings' | 'committeeTerms') =>
      Object.fromEntries(db[name].schema.indexes.map((i) => [i.name, Boolean(i.unique)]));
    expect(indexes('preparatoryGroups')).toEqual({ estateId: false });
    expect(indexes('assemblyMeetings')).toEqual({ estateId: false });
    expect(indexes('committeeTerms')).toEqual({ estateId: false, '[estateId+termNumber]': true });
    db.close();
  });
});
