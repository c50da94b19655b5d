import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messagesFor } from '../../../shared/i18n/catalogs';
import { mergeStaleSave } from '../../components/testing/staleSave';
import type { StreetLedgerDb } from '../../db/StreetLedgerDb';
import { openTestDb } from '../../db/testing/testDb';
import { createCommunity, createEstate } from '../../estates';
import { createSurvey, updateSurvey } from '../surveyRepository';
import { surveyConflict, surveyFormValues, type SurveyValues } from './surveyForm';

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

describe('a stale survey save', () => {
  it('shows the estate by its name, and writes the counts the clerk chose with the note stored meanwhile', async () => {
    const community = await createCommunity(db, { name: '太平社区' });
    const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园' });
    const other = await createEstate(db, { communityId: community.id, name: '翠湖小区' });
    const survey = await createSurvey(db, { estateId: estate.id, surveyedOn: '2024-05-01', surveyed: 100, satisfied: 80 }, 0.8);
    const opened = surveyFormValues(survey);
    await updateSurvey(db, survey.id, { note: '复测', satisfied: 79 }, { edited: survey.updatedAt });
    const names = new Map([[estate.id, '太平社区 / 锦绣花园'], [other.id, '太平社区 / 翠湖小区']]);
    const view = surveyConflict(messagesFor('zh-CN'), (id) => names.get(id));
    const mine: SurveyValues = { ...opened, satisfied: '85', estateId: other.id };
    const save = ({ reason, ...values }: SurveyValues, edited: number) => updateSurvey(db, survey.id, { ...values, estateId: values.estateId ?? '' }, { edited, reason });

    const { listed } = await mergeStaleSave({ view, opened, version: survey.updatedAt, mine, save, choose: { estateId: 'theirs' } });

    expect(Object.keys(listed)).toEqual(['estateId', 'satisfied', 'note']);
    expect(listed.satisfied).toMatchObject({ label: '满意户数', changedBy: 'both', theirs: '79', mine: '85' });
    expect(view.display?.('estateId', other.id)).toBe('太平社区 / 翠湖小区');
    expect(await db.surveys.get(survey.id)).toMatchObject({ estateId: estate.id, satisfied: 85, note: '复测', surveyed: 100 });
  });
});
