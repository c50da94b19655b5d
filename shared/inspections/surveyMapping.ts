import { parseNumber } from '../common/numbers';
import type { Problem, Validated } from '../common/problem';
import { dateCell } from '../committees';
import { numberCell, textCell } from '../exchange/export/cells';
import { placedSheet, type Places } from '../exchange/export/placedTables';
import type { SheetSpec } from '../exchange/export/xlsxFile';
import type { RecordMapping } from '../exchange/mapping';
import { inspectionMessages } from './messages';
import { validateSurvey, type AcceptanceSurvey, type SurveyFields } from './survey';
import { placedIdentity, placedMapping, validatePlaced, type Placed } from '../exchange/placedRecord';

/**
 * An acceptance survey (满意度测评) as a sheet row: the full workbook's 满意度测评 sheet. The
 * threshold in force when it was entered travels with it (验收标准), so last year's 通过验收
 * stays so; a sheet must give it (the full workbook always does).
 */
export interface SurveyRow extends Placed<SurveyFields> {
  /** 0…1: the share of satisfied households it was judged by. */
  readonly threshold: number;
}

/** 85, "85%", "８５％" as 85; blank as null; anything else undefined. */
function parsePercent(raw: unknown): number | null | undefined {
  const parsed = parseNumber(typeof raw === 'string' ? raw.trim().replace(/[%％]$/, '') : raw);
  if (!parsed.ok) return undefined;
  return parsed.value === null || (parsed.value >= 0 && parsed.value <= 100) ? parsed.value : undefined;
}

export const surveysMapping = placedMapping<SurveyRow>({
  kind: 'surveys',
  fields: [
    { key: 'surveyedOn', kind: 'date', required: true, synonyms: ['测评日期', '调查日期', '测评时间'] },
    { key: 'surveyed', kind: 'count', required: true, synonyms: ['调查户数', '测评户数', '入户调查户数'] },
    { key: 'satisfied', kind: 'count', required: true, synonyms: ['满意户数', '满意数'] },
    { key: 'threshold', kind: 'measure', required: true, synonyms: ['验收标准（%）', '验收标准', '满意率标准（%）'] },
    { key: 'note', kind: 'text', synonyms: ['备注', '说明'] },
  ],
  minFields: 5,
  validate(draft): Validated<SurveyRow> {
    const percent = parsePercent(draft.threshold);
    const placed = validatePlaced(draft, validateSurvey);
    const thresholdProblems: Problem[] =
      percent === undefined ? [{ field: 'threshold', code: 'notAPercent', params: { value: String(draft.threshold) } }] : percent === null ? [{ field: 'threshold', code: 'required' }] : [];
    const problems = [...(placed.ok ? [] : placed.problems), ...thresholdProblems];
    if (!placed.ok || percent === null || percent === undefined || problems.length > 0) return { ok: false, problems };
    return { ok: true, value: { ...placed.value, threshold: Math.round(percent * 1e4) / 1e6 } };
  },
  identity: (value) => placedIdentity(value, [value.surveyedOn], 'surveyedOn'),
  diffFields: ['surveyed', 'satisfied', 'threshold', 'note'],
});

/** The full workbook's 满意度测评 sheet. */
export function surveyRecordSheet(places: Places, surveys: readonly AcceptanceSurvey[]): SheetSpec {
  return placedSheet(inspectionMessages['zh-CN'].report.surveySheet, surveysMapping as RecordMapping<unknown>, places, surveys, (s) => s.surveyedOn, {
    surveyedOn: (s) => dateCell(s.surveyedOn),
    surveyed: (s) => numberCell(s.surveyed),
    satisfied: (s) => numberCell(s.satisfied),
    threshold: (s) => numberCell(Math.round(s.threshold * 1e6) / 1e4),
    note: (s) => textCell(s.note),
  });
}
