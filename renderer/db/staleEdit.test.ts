import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings/settings';
import { addCommitteeMember, createCommitteeTerm, updateCommitteeMember, updateCommitteeTerm } from '../committees/committeeTermRepository';
import { createCommunity, createEstate, updateCommunity, updateEstate } from '../estates';
import { issueNotice, reportNotice } from '../inspections/noticeRepository';
import { createSurvey, updateSurvey } from '../inspections/surveyRepository';
import { isStaleEdit } from './staleEdit';
import type { StreetLedgerDb } from './StreetLedgerDb';
import { openTestDb } from './testing/testDb';

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

/** The second of two saves both made on the same version: refused, carrying what is stored. */
async function lostUpdate<Row extends { updatedAt: number }>(opened: Row, first: (edited: number) => Promise<unknown>, second: (edited: number) => Promise<unknown>, stored: () => Promise<Row | undefined>) {
  await first(opened.updatedAt);
  const refused = await second(opened.updatedAt).catch((error: unknown) => error);
  expect(isStaleEdit(refused)).toBe(true);
  const now = await stored();
  if (isStaleEdit(refused)) expect(refused.stored).toEqual(now);
  // Saved again on the version it was shown: accepted.
  await expect(second(now?.updatedAt ?? 0)).resolves.toBeDefined();
}

describe('every update names the version it edited', () => {
  it('estates and communities', async () => {
    const community = await createCommunity(db, { name: '太平社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园', households: 300 });
    await lostUpdate(
      estate,
      (edited) => updateEstate(db, estate.id, { households: 320 }, { edited }),
      (edited) => updateEstate(db, estate.id, { company: '万科物业' }, { edited }),
      () => db.estates.get(estate.id),
    );
    expect(await db.estates.get(estate.id)).toMatchObject({ households: 320, company: '万科物业' });
    await lostUpdate(
      community,
      (edited) => updateCommunity(db, community.id, { director: '王芳' }, { edited }),
      (edited) => updateCommunity(db, community.id, { phone: '023-1234' }, { edited }),
      () => db.communities.get(community.id),
    );
  });

  it('committee terms and their members', async () => {
    const community = await createCommunity(db, { name: '太平社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园' });
    const rules = { defaultTermYears: 5 };
    const term = await createCommitteeTerm(db, { estateId: estate.id, termNumber: 1, electedOn: '2024-03-01' }, rules);
    await lostUpdate(
      term,
      (edited) => updateCommitteeTerm(db, term.id, { filedOn: '2024-04-01', filingNumber: '备-1' }, rules, { edited }),
      (edited) => updateCommitteeTerm(db, term.id, { notes: '换届' }, rules, { edited }),
      () => db.committeeTerms.get(term.id),
    );
    const member = await addCommitteeMember(db, term.id, { name: '李明', role: 'member' });
    const withMember = await db.committeeTerms.get(term.id);
    if (!withMember) throw new Error('term gone');
    await lostUpdate(
      withMember,
      (edited) => updateCommitteeMember(db, term.id, member.id, { phone: '138' }, { edited }),
      (edited) => updateCommitteeMember(db, term.id, member.id, { building: '3' }, { edited }),
      () => db.committeeTerms.get(term.id),
    );
  });

  it('surveys and rectification notices', async () => {
    const community = await createCommunity(db, { name: '太平社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园' });
    const survey = await createSurvey(db, { estateId: estate.id, surveyedOn: '2024-05-01', surveyed: 100, satisfied: 80 }, 0.8);
    await lostUpdate(
      survey,
      (edited) => updateSurvey(db, survey.id, { satisfied: 81 }, { edited }),
      (edited) => updateSurvey(db, survey.id, { note: '复测' }, { edited }),
      () => db.surveys.get(survey.id),
    );
    const notice = await issueNotice(db, { estateId: estate.id, issuedOn: '2024-03-15', responsibleParty: '物业', items: [{ category: 'sanitation', text: '垃圾未清运' }], deadline: '2024-03-22' }, DEFAULT_SETTINGS.noticeNumberPattern);
    const reported = await reportNotice(db, notice.id, { reportedOn: '2024-03-18', note: '已清运' }, notice.updatedAt);
    const refused = await reportNotice(db, notice.id, { reportedOn: '2024-03-19', note: '再报' }, notice.updatedAt).catch((error: unknown) => error);
    expect(isStaleEdit(refused)).toBe(true);
    expect(await db.notices.get(notice.id)).toEqual(reported);
  });
});
