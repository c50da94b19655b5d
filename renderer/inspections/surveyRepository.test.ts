import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Estate } from '../../shared/estates/estate';
import { surveyOutcome } from '../../shared/inspections/survey';
import { createCommunity } from '../estates/communityRepository';
import { createEstate } from '../estates/estateRepository';
import { openTestDb } from '../db/testing/testDb';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { createSurvey, deleteSurvey, listSurveys, listSurveysOfEstate, updateSurvey } from './surveyRepository';
import { refusal } from '../db/testing/expectRefused';

let db: StreetLedgerDb;
let wanke: Estate;
beforeEach(async () => {
  db = await openTestDb();
  const taiping = await createCommunity(db, { name: '太平社区' });
  wanke = await createEstate(db, { communityId: taiping.id, name: '万科a区' });
});
afterEach(() => db.close());

describe('surveys', () => {
  it('keeps the threshold of its day, so a later setting does not rejudge it', async () => {
    const may = await createSurvey(db, { estateId: wanke.id, surveyedOn: '2024-05-01', surveyed: 100, satisfied: 82 }, 0.8);
    expect(surveyOutcome(may, may.threshold)).toBe('accepted');
    const corrected = await updateSurvey(db, may.id, { satisfied: 83 });
    expect(corrected).toMatchObject({ satisfied: 83, threshold: 0.8, surveyed: 100 });
  });

  it('lists an estate’s surveys newest first', async () => {
    const may = await createSurvey(db, { estateId: wanke.id, surveyedOn: '2024-05-01', surveyed: 100, satisfied: 70 }, 0.85);
    const august = await createSurvey(db, { estateId: wanke.id, surveyedOn: '2024-08-01', surveyed: 100, satisfied: 90 }, 0.85);
    expect((await listSurveysOfEstate(db, wanke.id)).map((s) => s.id)).toEqual([august.id, may.id]);
    expect((await listSurveys(db)).map((s) => s.id)).toEqual([august.id, may.id]);
    await deleteSurvey(db, may.id);
    expect((await listSurveysOfEstate(db, wanke.id)).map((s) => s.id)).toEqual([august.id]);
  });

  it('refuses an unknown estate, impossible counts and a survey that is gone', async () => {
    expect((await refusal(createSurvey(db, { estateId: 'gone', surveyedOn: '2024-05-01', surveyed: 10, satisfied: 9 }, 0.85))).map((p) => p.code)).toEqual(['unknownEstate']);
    expect((await refusal(createSurvey(db, { estateId: wanke.id, surveyedOn: '2024-05-01', surveyed: 10, satisfied: 11 }, 0.85))).map((p) => p.code)).toEqual(['exceedsSurveyed']);
    expect((await refusal(deleteSurvey(db, 'gone'))).map((p) => `${p.field}:${p.code}`)).toEqual(['survey:notFound']);
    expect(await db.surveys.count()).toBe(0);
  });
});
