import { compositeKey } from '../../common/compositeKey';
import type { Problem } from '../../common/problem';
import { keptText, nameKey } from '../../common/text';
import type { FieldDef, RecordMapping, RecordReference } from '../../exchange/mapping';

/**
 * A row of a campaign's sheet (tasks, returns, filings, funds, payments) names its campaign by
 * name and year, as the campaigns sheet keys it; the import resolves it when it commits.
 */
export interface CampaignNamed {
  readonly campaign: string;
  readonly year: number;
}

export const CAMPAIGN_NAME_SYNONYMS = ['专项行动名称', '专项行动', '工作方案', '行动名称', '方案名称'] as const;
export const YEAR_SYNONYMS = ['年度', '年份', '实施年度'] as const;

export const CAMPAIGN_REF_FIELDS: readonly FieldDef[] = [
  { key: 'campaign', kind: 'text', required: true, synonyms: [...CAMPAIGN_NAME_SYNONYMS] },
  { key: 'year', kind: 'count', required: true, synonyms: [...YEAR_SYNONYMS] },
];

/** The key of a campaign named by name and year: what every campaign sheet's rows share. */
export function campaignRowKey(name: string, year: number): string {
  return compositeKey(nameKey(name), year);
}

export function campaignReference(value: CampaignNamed): RecordReference {
  return { kind: 'campaigns', key: campaignRowKey(value.campaign, value.year), problem: { field: 'campaign', code: 'unknownCampaign', params: { name: `${value.campaign}（${value.year}）` } } };
}

/** The campaign's name and year from a row; their problems join the row's own. */
export function readCampaignNamed(draft: Readonly<Record<string, unknown>>, problems: Problem[], nameField = 'campaign'): CampaignNamed {
  const campaign = draft[nameField] === null || draft[nameField] === undefined ? '' : keptText(String(draft[nameField]));
  if (campaign === '') problems.push({ field: nameField, code: 'required' });
  const yearText = draft.year === null || draft.year === undefined ? '' : String(draft.year).trim();
  const year = Number(yearText.replace(/年$/, ''));
  if (yearText === '') problems.push({ field: 'year', code: 'required' });
  else if (!Number.isInteger(year) || year < 1990 || year > 2100) problems.push({ field: 'year', code: 'outOfRange', params: { min: 1990, max: 2100 } });
  return { campaign, year };
}

/** The parts every campaign sheet's mapping writes the same way. */
export function campaignMapping<V extends CampaignNamed>(
  spec: Pick<RecordMapping<V>, 'kind' | 'fields' | 'minFields' | 'validate' | 'identity' | 'diffFields'> & { readonly references?: (value: V) => readonly RecordReference[] },
): RecordMapping<V> {
  const cellOf = (value: unknown) => (Array.isArray(value) || (typeof value === 'object' && value !== null) ? JSON.stringify(value) : value);
  return {
    ...spec,
    fields: [...CAMPAIGN_REF_FIELDS, ...spec.fields],
    totalMarkerFields: ['campaign'],
    references: (value) => [campaignReference(value), ...(spec.references?.(value) ?? [])],
    fieldValue: (value, field) => cellOf((value as unknown as Readonly<Record<string, unknown>>)[field]),
    withFields(base, incoming, fields) {
      const out: Record<string, unknown> = { ...(base as unknown as Record<string, unknown>) };
      for (const field of fields) if (spec.diffFields.includes(field)) out[field] = (incoming as unknown as Readonly<Record<string, unknown>>)[field];
      return out as unknown as V;
    },
  };
}

/** A label for messages: 物业管理规范提升专项行动（2026） / 自查检查表. */
export function campaignLabel(value: CampaignNamed, ...parts: readonly string[]): string {
  return [`${value.campaign}（${value.year}）`, ...parts].join(' / ');
}
