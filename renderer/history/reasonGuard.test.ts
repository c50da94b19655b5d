import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommunity, updateCommunity } from '../estates/communityRepository';
import { createEstate } from '../estates/estateRepository';
import { addCommitteeMember, createCommitteeTerm, updateCommitteeMember, updateCommitteeTerm } from '../committees/committeeTermRepository';
import { createSurvey, updateSurvey } from '../inspections/surveyRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';
import { openTestDb } from '../db/testing/testDb';
import { historyOfRecord } from './historyRepository';

const rules = { defaultTermYears: 5 };
let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('a reason the settings require, for every tracked kind', () => {
  it('refuses a community edit of a named field without a reason, and keeps the reason given', async () => {
    const community = await createCommunity(db, { name: '万安社区', director: '张敏' });
    const required = { reasonRequiredFor: ['director'] as const };
    expect((await refusal(updateCommunity(db, community.id, { director: '李强' }, required))).map((p) => [p.field, p.code])).toEqual([['reason', 'reasonRequired']]);
    expect((await db.communities.get(community.id))?.director).toBe('张敏');
    // A field the settings do not name changes without one.
    await updateCommunity(db, community.id, { phone: '013800000001' }, required);
    await updateCommunity(db, community.id, { director: '李强' }, { ...required, reason: '换届后新任书记' });
    const entries = await historyOfRecord(db, 'community', community.id);
    expect(entries.find((e) => e.field === 'director')).toMatchObject({ before: '张敏', after: '李强', reason: '换届后新任书记' });
  });

  it('asks it of committee terms, their members and surveys alike', async () => {
    const community = await createCommunity(db, { name: '万安社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园', households: 100 });
    const term = await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-05-15' }, rules);
    const member = await addCommitteeMember(db, term.id, { name: '王建国', role: '主任' });
    const survey = await createSurvey(db, { estateId: estate.id, surveyedOn: '2024-06-01', surveyed: '20', satisfied: '18' }, 0.85);

    expect((await refusal(updateCommitteeTerm(db, term.id, { filedOn: '2024-06-01', filingNumber: '0012' }, rules, { reasonRequiredFor: ['filingNumber'] }))).map((p) => p.code)).toEqual(['reasonRequired']);
    expect((await refusal(updateCommitteeMember(db, term.id, member.id, { phone: '013900000009' }, { reasonRequiredFor: ['phone'] }))).map((p) => p.code)).toEqual(['reasonRequired']);
    expect((await refusal(updateSurvey(db, survey.id, { satisfied: '19' }, { reasonRequiredFor: ['satisfied'] }))).map((p) => p.code)).toEqual(['reasonRequired']);

    await updateSurvey(db, survey.id, { satisfied: '19' }, { reasonRequiredFor: ['satisfied'], reason: '复核入户表' });
    expect((await historyOfRecord(db, 'survey', survey.id)).find((e) => e.field === 'satisfied')).toMatchObject({ before: 18, after: 19, reason: '复核入户表' });
    await updateCommitteeMember(db, term.id, member.id, { phone: '013900000009' }, { reasonRequiredFor: ['phone'], reason: '本人来电更正' });
    expect((await historyOfRecord(db, 'committeeMember', member.id)).find((e) => e.field === 'phone')).toMatchObject({ after: '013900000009', reason: '本人来电更正' });
  });
});
