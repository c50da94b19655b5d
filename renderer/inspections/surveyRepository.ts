import { validateSurvey, type AcceptanceSurvey, type SurveyDraft, type SurveyFields } from '../../shared/inspections/survey';
import { recordNotFound, unknownEstate } from './inspectionProblems';
import { mergeDraft } from '../db/mergeDraft';
import { refuse, validOrRefuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { nextTimestamp } from '../db/timestamps';
import type { ReasonFieldOf } from '../../shared/history';
import { requireReason, type ReasonedChange } from '../history';
import { assertEditedVersion } from '../db/staleEdit';

function validSurvey(draft: SurveyDraft): SurveyFields {
  return validOrRefuse(validateSurvey(draft));
}

/** Records a survey with the acceptance threshold in force now (settings), kept with it. */
export async function createSurvey(db: StreetLedgerDb, draft: SurveyDraft, threshold: number): Promise<AcceptanceSurvey> {
  const fields = validSurvey(draft);
  const at = nextTimestamp();
  const row: AcceptanceSurvey = { ...fields, id: newId(), threshold, createdAt: at, updatedAt: at };
  return db.transaction('rw', [db.estates, db.surveys], async () => {
    if (!(await db.estates.get(fields.estateId))) refuse(unknownEstate(fields.estateId));
    await db.surveys.add(row);
    return row;
  });
}

/** Corrects a survey's figures; the threshold it was judged by stays the one of its day. */
export async function updateSurvey(db: StreetLedgerDb, id: string, changes: SurveyDraft, change: ReasonedChange<ReasonFieldOf<'survey'>> = {}): Promise<AcceptanceSurvey> {
  return db.transaction('rw', [db.estates, db.surveys], async () => {
    const stored = await db.surveys.get(id);
    if (!stored) return refuse(recordNotFound('survey'));
    assertEditedVersion(stored, change.edited);
    const { estateId, surveyedOn, surveyed, satisfied, note } = stored;
    const fields = validSurvey(mergeDraft({ estateId, surveyedOn, surveyed, satisfied, note }, changes));
    if (!(await db.estates.get(fields.estateId))) refuse(unknownEstate(fields.estateId));
    requireReason(change, stored, fields);
    const row: AcceptanceSurvey = { ...stored, ...fields, updatedAt: nextTimestamp(stored.updatedAt) };
    await db.surveys.put(row);
    return row;
  });
}

export async function deleteSurvey(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', db.surveys, async () => {
    if (!(await db.surveys.get(id))) refuse(recordNotFound('survey'));
    await db.surveys.delete(id);
  });
}

/** An estate's surveys, newest first. */
export async function listSurveysOfEstate(db: StreetLedgerDb, estateId: string): Promise<AcceptanceSurvey[]> {
  const rows = await db.surveys.where('estateId').equals(estateId).toArray();
  return rows.sort((a, b) => (a.surveyedOn < b.surveyedOn ? 1 : a.surveyedOn > b.surveyedOn ? -1 : b.createdAt - a.createdAt));
}

export async function listSurveys(db: StreetLedgerDb): Promise<AcceptanceSurvey[]> {
  const rows = await db.surveys.orderBy('surveyedOn').reverse().toArray();
  return rows;
}
