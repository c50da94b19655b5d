import type { Problem, Validated } from '../../common/problem';
import { parseYesNo } from '../../common/yesNo';
import { estateReference } from '../../estates';
import type { RecordMapping } from '../../exchange/mapping';
import { validateCampaign, type CampaignFields } from '../campaign';
import { parseEstates, parseGoals, parsePhases, type NamedEstate } from './cells';
import { CAMPAIGN_NAME_SYNONYMS, campaignRowKey, YEAR_SYNONYMS } from './campaignRef';

/** A campaign as a sheet row: its estates named by community and estate, resolved on commit. */
export type CampaignRow = Omit<CampaignFields, 'estateIds' | 'inspectionIds'> & { readonly estates: readonly NamedEstate[] };

export const campaignsMapping: RecordMapping<CampaignRow> = {
  kind: 'campaigns',
  fields: [
    { key: 'name', kind: 'text', required: true, synonyms: [...CAMPAIGN_NAME_SYNONYMS] },
    { key: 'year', kind: 'count', required: true, synonyms: [...YEAR_SYNONYMS] },
    { key: 'sourceRef', kind: 'text', synonyms: ['方案文号', '文号', '依据文件'] },
    { key: 'goalText', kind: 'text', synonyms: ['工作目标', '目标'] },
    { key: 'estates', kind: 'text', synonyms: ['涉及小区', '实施小区', '小区名单'] },
    { key: 'phases', kind: 'text', synonyms: ['实施阶段', '阶段安排', '方法步骤'] },
    { key: 'goals', kind: 'text', synonyms: ['量化目标', '目标进度'] },
    { key: 'finalPaymentNeedsAcceptance', kind: 'raw', synonyms: ['尾款须验收合格', '验收后拨付尾款'] },
  ],
  minFields: 3,
  totalMarkerFields: ['name'],
  validate(draft): Validated<CampaignRow> {
    const problems: Problem[] = [];
    const estates = parseEstates(draft.estates, 'estates', problems);
    const phases = parsePhases(draft.phases, 'phases', problems);
    const goals = parseGoals(draft.goals, 'goals', problems);
    const flag = parseYesNo(draft.finalPaymentNeedsAcceptance);
    if (!flag.ok) problems.push({ field: 'finalPaymentNeedsAcceptance', code: 'notYesNo', params: { value: String(draft.finalPaymentNeedsAcceptance) } });
    const year = typeof draft.year === 'string' ? draft.year.replace(/年$/, '') : draft.year;
    const result = validateCampaign({ ...draft, year, phases, goals, finalPaymentNeedsAcceptance: flag.ok && flag.value });
    // A phase's own problems point at the phases cell.
    if (!result.ok) problems.push(...result.problems.map((p) => (p.field.startsWith('phases.') ? { ...p, field: 'phases' } : p.field.startsWith('goals.') ? { ...p, field: 'goals' } : p)));
    if (!result.ok || problems.length > 0) return { ok: false, problems };
    const { estateIds: _e, inspectionIds: _i, ...fields } = result.value;
    return { ok: true, value: { ...fields, estates } };
  },
  identity: (value) => ({ key: campaignRowKey(value.name, value.year), field: 'name', label: `${value.name}（${value.year}）` }),
  references: (value) => value.estates.map((e) => estateReference(e.community, e.estate)),
  diffFields: ['sourceRef', 'goalText', 'estates', 'phases', 'goals', 'finalPaymentNeedsAcceptance'],
  fieldValue: (value, field) => {
    const v = (value as unknown as Readonly<Record<string, unknown>>)[field];
    return Array.isArray(v) ? JSON.stringify(v) : v;
  },
  withFields(base, incoming, fields) {
    const out: Record<string, unknown> = { ...base };
    for (const field of fields) if (campaignsMapping.diffFields.includes(field)) out[field] = (incoming as unknown as Readonly<Record<string, unknown>>)[field];
    return out as unknown as CampaignRow;
  },
};
