import type { Problem, Validated } from '../../common/problem';
import { compositeKey } from '../../common/compositeKey';
import { nameKey } from '../../common/text';
import { parseInspectionKind } from '../../inspections';
import { PARTY_KINDS } from '../party';
import { validateReturn, type ReturnFields } from '../returns';
import { validateTask, type TaskFields } from '../task';
import { campaignMessages } from '../messages';
import { campaignLabel, campaignMapping, campaignRowKey, readCampaignNamed, type CampaignNamed } from './campaignRef';
import { splitItems } from './cells';

/** Fields a validator wants that a sheet row names otherwise (its campaign by name, not id). */
const withoutCampaignId = (problems: readonly Problem[]) => problems.filter((p) => p.field !== 'campaignId');

/** A task as a sheet row; its progress notes and their files stay in the app. */
export type TaskRow = CampaignNamed & Omit<TaskFields, 'campaignId'>;

export const tasksMapping = campaignMapping<TaskRow>({
  kind: 'campaignTasks',
  fields: [
    { key: 'title', kind: 'text', required: true, synonyms: ['任务', '工作任务', '主要任务', '任务名称'] },
    { key: 'phase', kind: 'text', synonyms: ['所属阶段', '阶段'] },
    { key: 'dueOn', kind: 'date', required: true, synonyms: ['完成时限', '截止日期', '完成期限'] },
    { key: 'leadDepartment', kind: 'text', synonyms: ['牵头部门', '牵头单位'] },
    { key: 'responsibleDepartments', kind: 'text', synonyms: ['责任部门', '责任单位', '配合部门'] },
    { key: 'startedOn', kind: 'date', synonyms: ['开始日期'] },
    { key: 'doneOn', kind: 'date', synonyms: ['完成日期'] },
  ],
  minFields: 4,
  validate(draft): Validated<TaskRow> {
    const problems: Problem[] = [];
    const named = readCampaignNamed(draft, problems);
    const result = validateTask({ ...draft, campaignId: '-' });
    if (!result.ok) problems.push(...withoutCampaignId(result.problems));
    if (!result.ok || problems.length > 0) return { ok: false, problems };
    const { campaignId: _c, ...fields } = result.value;
    return { ok: true, value: { ...named, ...fields } };
  },
  identity: (value) => ({ key: compositeKey(campaignRowKey(value.campaign, value.year), nameKey(value.title)), field: 'title', label: campaignLabel(value, value.title) }),
  diffFields: ['phase', 'dueOn', 'leadDepartment', 'responsibleDepartments', 'startedOn', 'doneOn'],
});

/** A return to collect as a sheet row. */
export type ReturnRow = CampaignNamed & Omit<ReturnFields, 'campaignId'>;

const PARTY_LABELS = campaignMessages['zh-CN'].partyKind;

export const returnsMapping = campaignMapping<ReturnRow>({
  kind: 'campaignReturns',
  fields: [
    { key: 'title', kind: 'text', required: true, synonyms: ['报送事项', '报送材料', '事项'] },
    { key: 'dueOn', kind: 'date', required: true, synonyms: ['报送截止', '报送时限', '截止日期'] },
    { key: 'partyKind', kind: 'text', required: true, synonyms: ['报送单位', '报送对象'] },
    { key: 'inspectionKinds', kind: 'text', synonyms: ['可计入的检查', '视同报送的检查'] },
  ],
  minFields: 4,
  validate(draft): Validated<ReturnRow> {
    const problems: Problem[] = [];
    const named = readCampaignNamed(draft, problems);
    const partyKind = PARTY_KINDS.find((k) => PARTY_LABELS[k] === String(draft.partyKind ?? '').trim() || k === draft.partyKind);
    const inspectionKinds = splitItems(String(draft.inspectionKinds ?? '').replace(/、/g, '；')).flatMap((item) => {
      const kind = parseInspectionKind(item);
      if (!kind.ok) {
        problems.push({ field: 'inspectionKinds', code: 'unknownInspectionKind', params: { value: item } });
        return [];
      }
      return [kind.value];
    });
    const result = validateReturn({ ...draft, campaignId: '-', partyKind: partyKind ?? draft.partyKind, inspectionKinds });
    if (!result.ok) problems.push(...withoutCampaignId(result.problems));
    if (!result.ok || problems.length > 0) return { ok: false, problems };
    const { campaignId: _c, ...fields } = result.value;
    return { ok: true, value: { ...named, ...fields } };
  },
  identity: (value) => ({ key: returnRowKey(value.campaign, value.year, value.title), field: 'title', label: campaignLabel(value, value.title) }),
  diffFields: ['dueOn', 'partyKind', 'inspectionKinds'],
});

export function returnRowKey(campaign: string, year: number, title: string): string {
  return compositeKey(campaignRowKey(campaign, year), nameKey(title));
}
