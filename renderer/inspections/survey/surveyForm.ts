import type { Messages } from '../../../shared/i18n/catalogs';
import type { AcceptanceSurvey } from '../../../shared/inspections/survey';
import type { ConflictView } from '../../components/staleMerge';

/** The survey form's fields: counts as typed, parsed by the shared rules on save. */
export interface SurveyValues {
  estateId: string | undefined;
  surveyedOn: string;
  surveyed: string;
  satisfied: string;
  note: string;
  /** 变更原因, when the settings ask for one (editing only). */
  reason?: string;
}

export const surveyFormValues = (survey: AcceptanceSurvey): SurveyValues => ({
  estateId: survey.estateId,
  surveyedOn: survey.surveyedOn,
  surveyed: String(survey.surveyed),
  satisfied: String(survey.satisfied),
  note: survey.note,
});

/** A stale survey: its fields under the form's labels, the estate by the name the form lists. */
export function surveyConflict({ inspections }: Pick<Messages, 'inspections'>, estateLabel: (id: string) => string | undefined): ConflictView<SurveyValues, AcceptanceSurvey> {
  const t = inspections.survey;
  return {
    valuesOf: surveyFormValues,
    labels: { estateId: t.estate, surveyedOn: t.surveyedOn, surveyed: t.surveyed, satisfied: t.satisfied, note: t.note },
    display: (field, value) => (field === 'estateId' ? estateLabel(String(value)) : undefined),
  };
}
