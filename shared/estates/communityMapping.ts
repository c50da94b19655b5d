import type { CommunityFields, PlannedCounts } from './community';
import { nameKey } from '../common/text';
import { validateCommunity } from './validation';
import type { RecordMapping } from '../exchange/mapping';

/**
 * A community with its planned counts, as the district's plan table (plan 5) or a community
 * list writes it: 社区 | 规划数 | 其中 一类 二类 三类, or 规划一类 … as single columns, or
 * 规划数 over 合计 / 一类 / 二类 / 三类.
 */
export type CommunityRow = CommunityFields;

const PLANNED_KEYS: Readonly<Record<string, keyof PlannedCounts>> = {
  plannedTotal: 'total',
  plannedClass1: 'class1',
  plannedClass2: 'class2',
  plannedClass3: 'class3',
};

const DIFF_FIELDS = ['name', 'kind', 'director', 'phone', 'plannedTotal', 'plannedClass1', 'plannedClass2', 'plannedClass3'] as const;

function classSynonyms(digit: string): readonly [string, ...string[]] {
  return [
    `规划${digit}类`, `${digit}类`, `其中${digit}类`, `规划数${digit}类`, `规划数其中${digit}类`, `计划${digit}类`,
    `${digit}类小区`, `规划${digit}类小区`, `计划数${digit}类`,
  ];
}

export const communitiesMapping: RecordMapping<CommunityRow> = {
  kind: 'communities',
  fields: [
    { key: 'name', kind: 'text', required: true, synonyms: ['社区名称', '社区', '社区（村）', '村（社区）', '社区居委会', '所属社区', '名称', '居委会', '居委会名称', '社区居委会名称'] },
    { key: 'kind', kind: 'raw', synonyms: ['类型', '社区类型', '社区或村'] },
    { key: 'director', kind: 'text', synonyms: ['负责人', '主任', '社区主任', '社区负责人', '书记', '社区书记', '联系人', '社区联系人'] },
    { key: 'phone', kind: 'code', synonyms: ['联系电话', '电话', '手机', '联系方式', '手机号码', '负责人电话', '办公电话'] },
    { key: 'plannedTotal', kind: 'count', synonyms: ['规划总数', '规划数', '计划数', '规划数合计', '规划合计', '规划小区数', '计划小区数', '规划数小计'] },
    { key: 'plannedClass1', kind: 'count', synonyms: classSynonyms('一') },
    { key: 'plannedClass2', kind: 'count', synonyms: classSynonyms('二') },
    { key: 'plannedClass3', kind: 'count', synonyms: classSynonyms('三') },
  ],
  minFields: 2,
  totalMarkerFields: ['name'],

  validate(draft) {
    return validateCommunity({
      name: draft.name,
      kind: draft.kind,
      director: draft.director,
      phone: draft.phone,
      planned: { total: draft.plannedTotal, class1: draft.plannedClass1, class2: draft.plannedClass2, class3: draft.plannedClass3 },
    });
  },

  identity(value) {
    return { key: nameKey(value.name), field: 'name', label: value.name };
  },

  diffFields: DIFF_FIELDS,

  fieldValue(value, field) {
    const planned = PLANNED_KEYS[field];
    if (planned) return value.planned[planned];
    switch (field) {
      case 'name':
        return value.name;
      case 'kind':
        return value.kind;
      case 'director':
        return value.director;
      case 'phone':
        return value.phone;
      default:
        return undefined;
    }
  },

  withFields(base, incoming, fields) {
    const planned: Record<keyof PlannedCounts, number | null> = { ...base.planned };
    const top: { -readonly [K in keyof CommunityRow]: CommunityRow[K] } = { ...base };
    for (const field of fields) {
      const key = PLANNED_KEYS[field];
      if (key) planned[key] = incoming.planned[key];
      else if (field === 'name' || field === 'director' || field === 'phone') top[field] = incoming[field];
      else if (field === 'kind') top.kind = incoming.kind;
    }
    return { ...top, planned };
  },
};
