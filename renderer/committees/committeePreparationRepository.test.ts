import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Estate } from '../../shared/estates/estate';
import { createCommunity } from '../estates/communityRepository';
import {
  createAssemblyMeeting,
  createPreparatoryGroup,
  deleteAssemblyMeeting,
  deletePreparatoryGroup,
  updateAssemblyMeeting,
  updatePreparatoryGroup,
} from './committeePreparationRepository';
import { committeeRecordsOf } from './committeeQueries';
import { createCommitteeTerm, deleteCommitteeTerm } from './committeeTermRepository';
import { createEstate, deleteEstate } from '../estates/estateRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';
import { openTestDb } from '../db/testing/testDb';

let db: StreetLedgerDb;
let estate: Estate;
beforeEach(async () => {
  db = await openTestDb();
  const community = await createCommunity(db, { name: '太平社区' });
  estate = await createEstate(db, { communityId: community.id, name: '锦绣花园', households: 400 });
});
afterEach(() => db.close());

const codes = (problems: readonly { field: string; code: string }[]) => problems.map((p) => `${p.field}:${p.code}`);

describe('preparatory groups', () => {
  it('stores, edits and deletes a group', async () => {
    const group = await createPreparatoryGroup(db, { estateId: estate.id, formedOn: '2024-01-10', members: '张三、李四', communityRepresentative: '刘主任' });
    expect(group).toMatchObject({ formedOn: '2024-01-10', members: ['张三', '李四'] });
    const edited = await updatePreparatoryGroup(db, group.id, { members: '张三、李四、王五' });
    expect(edited).toMatchObject({ members: ['张三', '李四', '王五'], communityRepresentative: '刘主任', createdAt: group.createdAt });
    await deletePreparatoryGroup(db, group.id);
    expect(await db.preparatoryGroups.count()).toBe(0);
    expect(codes(await refusal(deletePreparatoryGroup(db, group.id)))).toEqual(['group:notFound']);
  });

  it('refuses a group without a date or for a missing estate', async () => {
    expect(codes(await refusal(createPreparatoryGroup(db, { estateId: estate.id })))).toEqual(['formedOn:required']);
    expect(codes(await refusal(createPreparatoryGroup(db, { estateId: 'gone', formedOn: '2024-01-10' })))).toEqual(['estateId:unknownEstate']);
    expect(await db.preparatoryGroups.count()).toBe(0);
  });
});

describe('assembly meetings', () => {
  it('stores a first assembly and refuses a second one, naming the first', async () => {
    const first = await createAssemblyMeeting(db, { estateId: estate.id, kind: '首次业主大会', heldOn: '2024-02-20', attendingOwners: 300 });
    const problems = await refusal(createAssemblyMeeting(db, { estateId: estate.id, kind: 'first', heldOn: '2024-05-20' }));
    expect(problems).toEqual([{ field: 'kind', code: 'duplicateFirstAssembly', params: { heldOn: '2024-02-20' } }]);
    // Editing the first one itself is no clash.
    expect((await updateAssemblyMeeting(db, first.id, { resolutions: '通过管理规约' })).resolutions).toBe('通过管理规约');
    await createAssemblyMeeting(db, { estateId: estate.id, kind: '临时会议', heldOn: '2024-05-20' });
    expect(await db.assemblyMeetings.count()).toBe(2);
  });

  it('refuses more owners attending than the estate has households', async () => {
    const problems = await refusal(createAssemblyMeeting(db, { estateId: estate.id, kind: '定期会议', heldOn: '2024-02-20', attendingOwners: 401 }));
    expect(problems).toEqual([{ field: 'attendingOwners', code: 'exceedsHouseholds', params: { households: 400 } }]);
  });

  it('deletes a meeting', async () => {
    const meeting = await createAssemblyMeeting(db, { estateId: estate.id, kind: '定期会议', heldOn: '2024-02-20' });
    await deleteAssemblyMeeting(db, meeting.id);
    expect(await db.assemblyMeetings.count()).toBe(0);
  });
});

describe('an estate with committee records', () => {
  it("lists the estate's records in order", async () => {
    await createAssemblyMeeting(db, { estateId: estate.id, kind: '临时会议', heldOn: '2024-06-01' });
    await createAssemblyMeeting(db, { estateId: estate.id, kind: '首次业主大会', heldOn: '2024-02-20' });
    await createCommitteeTerm(db, { estateId: estate.id, termNumber: 2, electedOn: '2029-02-20' }, { defaultTermYears: 5 });
    await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-02-20' }, { defaultTermYears: 5 });
    const records = await committeeRecordsOf(db, estate.id);
    expect(records.meetings.map((m) => m.heldOn)).toEqual(['2024-02-20', '2024-06-01']);
    expect(records.terms.map((t) => t.termNumber)).toEqual([1, 2]);
  });

  it('cannot be deleted until its records are, so no record is left pointing at nothing', async () => {
    const group = await createPreparatoryGroup(db, { estateId: estate.id, formedOn: '2024-01-10' });
    const term = await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-03-01' }, { defaultTermYears: 5 });
    expect(await refusal(deleteEstate(db, estate.id))).toEqual([
      { field: 'estate', code: 'estateHasCommitteeRecords', params: { groups: 1, meetings: 0, terms: 1 } },
    ]);
    expect(await db.estates.count()).toBe(1);
    await deletePreparatoryGroup(db, group.id);
    await deleteCommitteeTerm(db, term.id);
    await deleteEstate(db, estate.id);
    expect(await db.estates.count()).toBe(0);
  });
});
