import { parsePercent } from '../../committee/parse';
import type { Validated } from '../../domain/problem';
import { validateSurvey, type SurveyFields } from '../../inspection/survey';
import { placedIdentity, placedMapping, validatePlaced, type Placed } from './placedRecord';

/**
 * An acceptance survey (满意度测评) as a sheet row: the full workbook's 满意度测评 sheet. The
 * threshold in force when it was entered travels with it (验收标准), so last year's 通过验收
 * stays so; a sheet without one leaves it to the settings at commit.
 */
export interface SurveyRow extends Placed<SurveyFields> {
  /** 0…1, or null for "the settings' threshold". */
  readonly threshold: number | null;
}

export const surveysMapping = placedMapping<SurveyRow>({
  kind: 'surveys',
  fields: [
    { key: 'surveyedOn', kind: 'date', required: true, synonyms: ['测评日期', '调查日期', '测评时间'] },
    { key: 'surveyed', kind: 'count', required: true, synonyms: ['调查户数', '测评户数', '入户调查户数'] },
    { key: 'satisfied', kind: 'count', required: true, synonyms: ['满意户数', '满意数'] },
    { key: 'threshold', kind: 'measure', synonyms: ['验收标准（%）', '验收标准', '满意率标准（%）'] },
    { key: 'note', kind: 'text', synonyms: ['备注', '说明'] },
  ],
  minFields: 5,
  validate(draft): Validated<SurveyRow> {
    const percent = parsePercent(draft.threshold);
    const placed = validatePlaced(draft, validateSurvey);
    const problems = [...(placed.ok ? [] : placed.problems), ...(percent === undefined ? [{ field: 'threshold', code: 'notAPercent' as const, params: { value: String(draft.threshold) } }] : [])];
    if (!placed.ok || problems.length > 0) return { ok: false, problems };
    return { ok: true, value: { ...placed.value, threshold: percent === null || percent === undefined ? null : Math.round(percent * 1e4) / 1e6 } };
  },
  identity: (value) => placedIdentity(value, [value.surveyedOn], 'surveyedOn'),
  diffFields: ['surveyed', 'satisfied', 'threshold', 'note'],
});
