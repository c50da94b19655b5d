import type { Validated } from '../common/problem';
import { cleanText, keptText } from '../common/text';
import { dateCell } from '../committees';
import { numberCell, textCell } from '../exchange/export/cells';
import { placedSheet, type Places } from '../exchange/export/placedTables';
import type { SheetSpec } from '../exchange/export/xlsxFile';
import type { Inspection, InspectionFields } from './inspection';
import { inspectionMessages } from './messages';
import { INSPECTION_CATEGORIES, type InspectionCategory } from './kinds';
import { validateInspection, type CategoryDraft } from './validateInspection';
import type { FieldDef, RecordMapping } from '../exchange/mapping';
import { COMMUNITY_FROM_SHEET_NAME, COMMUNITY_SYNONYMS, ESTATE_SYNONYMS, estateReference, requiredPlace, SUMMARY_SHEET } from '../estates';
import { inspectionKeyAt } from './linkedInspections';

/**
 * An inspection as a spreadsheet row: our own inspection ledger export, or a district or
 * company list with columns such as 社区, 小区名称, 检查日期, 检查类型, 检查人员, then for each of
 * the six categories its result (合格 / 有问题 / 不适用, √ / ×), what was wrong, and in a 考评
 * its mark; 得分 and 检查情况. The row names its estate by community and estate name, which the
 * caller resolves when it commits.
 */
export interface InspectionRow extends Omit<InspectionFields, 'estateId'> {
  readonly community: string;
  readonly estate: string;
}

/** The categories as sheets name them: data of the exchange format, not UI text. */
const CATEGORY_HEADERS: Readonly<Record<InspectionCategory, string>> = {
  publicOrder: '公共秩序',
  sanitation: '环境卫生',
  security: '公共安全',
  facilities: '公用设施',
  greening: '绿化',
  other: '其他',
};

/** Mapping field keys of a category's three columns. */
export const categoryFields = (category: InspectionCategory) =>
  ({ result: category, note: `${category}Note`, mark: `${category}Mark` }) as const;

function categoryDefs(category: InspectionCategory): FieldDef[] {
  const name = CATEGORY_HEADERS[category];
  const keys = categoryFields(category);
  return [
    { key: keys.result, kind: 'raw', synonyms: [name, `${name}情况`, `${name}检查结果`, `${name}结果`] },
    { key: keys.note, kind: 'text', synonyms: [`${name}问题`, `${name}存在问题`, `${name}问题描述`, `${name}说明`] },
    { key: keys.mark, kind: 'measure', synonyms: [`${name}得分`, `${name}分数`] },
  ];
}

/**
 * 问题类别 in a community's own log ("环境卫生", "卫生", "消防"): the category the problem it
 * found (发现问题) is about. Exchange-format spellings, not UI text.
 */
const CATEGORY_SPELLINGS: Readonly<Record<InspectionCategory, readonly string[]>> = {
  publicOrder: ['公共秩序', '秩序', '秩序维护', '安保'],
  sanitation: ['环境卫生', '卫生', '环境', '保洁'],
  security: ['公共安全', '安全', '消防', '消防安全'],
  facilities: ['公用设施', '设施', '设施设备', '设备'],
  greening: ['绿化', '绿化养护', '园林绿化'],
  other: ['其他', '其它'],
};

function categoryNamed(value: string): InspectionCategory | undefined {
  const folded = value.normalize('NFKC').replace(/\s/g, '');
  return INSPECTION_CATEGORIES.find((c) => CATEGORY_SPELLINGS[c].includes(folded));
}

const blank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && cleanText(value) === '');
const text = (value: unknown): string => (blank(value) ? '' : keptText(String(value)));

/**
 * A category's cells as the validator reads them. A sheet that only has a problem column
 * (公共秩序问题: 东门占道经营) and leaves the result blank is recording a problem; a blank
 * result with no problem text is 不适用.
 */
function categoryDraft(draft: Readonly<Record<string, unknown>>, category: InspectionCategory): CategoryDraft {
  const keys = categoryFields(category);
  const result = blank(draft[keys.result]) && !blank(draft[keys.note]) ? 'problem' : draft[keys.result];
  return { result, note: draft[keys.note], mark: draft[keys.mark] };
}

const DIFF_FIELDS = [
  'inspectors',
  ...INSPECTION_CATEGORIES.flatMap((c) => Object.values(categoryFields(c))),
  'score',
  'findings',
] as const;

export const inspectionsMapping: RecordMapping<InspectionRow> = {
  kind: 'inspections',
  fields: [
    { key: 'community', kind: 'text', required: true, synonyms: [...COMMUNITY_SYNONYMS] },
    { key: 'estate', kind: 'text', required: true, synonyms: [...ESTATE_SYNONYMS] },
    { key: 'inspectedOn', kind: 'date', required: true, synonyms: ['检查日期', '巡查日期', '抽查日期', '检查时间', '日期'] },
    { key: 'time', kind: 'raw', synonyms: ['时间', '检查时刻', '具体时间'] },
    { key: 'kind', kind: 'raw', required: true, synonyms: ['检查类型', '检查类别', '检查方式', '检查形式', '类型'] },
    { key: 'inspectors', kind: 'text', required: true, synonyms: ['检查人员', '检查人', '巡查人员', '巡查人', '参检人员', '检查人员姓名'] },
    ...INSPECTION_CATEGORIES.flatMap(categoryDefs),
    { key: 'score', kind: 'measure', synonyms: ['得分', '总分', '考评得分', '考核得分', '综合得分', '评分'] },
    { key: 'findings', kind: 'text', synonyms: ['检查情况', '发现问题', '存在问题', '检查记录', '情况说明', '备注'] },
    { key: 'problemCategory', kind: 'raw', synonyms: ['问题类别', '问题类型', '问题分类', '问题种类'] },
  ],
  sheetNameField: COMMUNITY_FROM_SHEET_NAME,
  summarySheet: SUMMARY_SHEET,
  // What a community's log says about the follow-up belongs to a rectification notice, which
  // needs its number: listed cell by cell, for the clerk to register as a notice.
  notImported: [{ synonyms: ['整改期限', '整改时限', '限期', '处理措施', '处置措施', '整改措施', '处理意见', '整改结果', '整改情况', '处理结果', '复查情况', '复查结果'], reason: 'belongsToNotice' }],
  minFields: 4,
  totalMarkerFields: ['community', 'estate'],
  problemFields: { estateId: 'estate' },

  validate(draft): Validated<InspectionRow> {
    const { community, estate, problems } = requiredPlace(draft);
    const categories: Record<string, CategoryDraft> = Object.fromEntries(INSPECTION_CATEGORIES.map((c) => [c, categoryDraft(draft, c)]));
    // A log's 问题类别 says which category its 发现问题 is about.
    const named = text(draft.problemCategory);
    if (named !== '') {
      const category = categoryNamed(named);
      if (!category) problems.push({ field: 'problemCategory', code: 'unknownProblemCategory', params: { value: named } });
      else if (blank(categories[category]?.result) || categories[category]?.result === 'problem') {
        categories[category] = { result: 'problem', note: blank(categories[category]?.note) ? draft.findings : categories[category]?.note, mark: categories[category]?.mark };
      }
    }
    // The estate's name stands in for its id: the validator only needs to know there is one.
    const result = validateInspection({ ...draft, estateId: estate || '-', categories });
    if (!result.ok) problems.push(...result.problems.filter((p) => p.field !== 'estateId'));
    if (problems.length > 0 || !result.ok) return { ok: false, problems };
    const { estateId: _estateId, ...fields } = result.value;
    return { ok: true, value: { ...fields, community, estate } };
  },

  identity(value) {
    return {
      key: inspectionKeyAt(value.community, value.estate, value),
      field: 'inspectedOn',
      label: `${value.community} / ${value.estate} / ${value.inspectedOn}${value.time === '' ? '' : ` ${value.time}`}`,
    };
  },

  references(value) {
    return [estateReference(value.community, value.estate)];
  },

  diffFields: DIFF_FIELDS,

  fieldValue(value, field) {
    if (field === 'community') return value.community;
    if (field === 'estate') return value.estate;
    if (field === 'inspectors') return value.inspectors.join('、');
    if (field === 'inspectedOn' || field === 'time' || field === 'kind' || field === 'score' || field === 'findings') return value[field];
    for (const category of INSPECTION_CATEGORIES) {
      const keys = categoryFields(category);
      const check = value.categories[category];
      if (field === keys.result) return check.result;
      if (field === keys.note) return check.note;
      if (field === keys.mark) return check.mark;
    }
    return undefined;
  },

  withFields(base, incoming, fields) {
    const categories = { ...base.categories };
    for (const category of INSPECTION_CATEGORIES) {
      const keys = categoryFields(category);
      if (fields.includes(keys.result) || fields.includes(keys.note) || fields.includes(keys.mark)) {
        const from = incoming.categories[category];
        const to = base.categories[category];
        categories[category] = {
          result: fields.includes(keys.result) ? from.result : to.result,
          note: fields.includes(keys.note) ? from.note : to.note,
          mark: fields.includes(keys.mark) ? from.mark : to.mark,
        };
      }
    }
    return {
      ...base,
      categories,
      inspectors: fields.includes('inspectors') ? incoming.inspectors : base.inspectors,
      score: fields.includes('score') ? incoming.score : base.score,
      findings: fields.includes('findings') ? incoming.findings : base.findings,
    };
  },
};

/** The header our own ledger export writes for a field: its first synonym. */
export function inspectionHeader(field: string): string {
  return inspectionsMapping.fields.find((f) => f.key === field)?.synonyms[0] ?? field;
}

/**
 * The full workbook's 检查台账 sheet: every field of every inspection under the mapping's
 * canonical headers (marks always, unlike the district ledger), read back to the same records.
 * Photos are not in it: they are in backups only.
 */
export function inspectionRecordSheet(places: Places, inspections: readonly Inspection[]): SheetSpec {
  const zh = inspectionMessages['zh-CN'];
  const categoryCells = Object.fromEntries(
    INSPECTION_CATEGORIES.flatMap((c) => {
      const keys = categoryFields(c);
      return [
        [keys.result, (i: Inspection) => textCell(zh.result[i.categories[c].result])],
        [keys.note, (i: Inspection) => textCell(i.categories[c].note)],
        [keys.mark, (i: Inspection) => numberCell(i.categories[c].mark)],
      ] as const;
    }),
  );
  return placedSheet(zh.report.inspectionSheet, inspectionsMapping as RecordMapping<unknown>, places, inspections, (i) => `${i.inspectedOn} ${i.time}`, {
    inspectedOn: (i) => dateCell(i.inspectedOn),
    time: (i) => textCell(i.time),
    kind: (i) => textCell(zh.kind[i.kind]),
    inspectors: (i) => textCell(i.inspectors.join(zh.report.nameSeparator)),
    ...categoryCells,
    score: (i) => numberCell(i.score),
    findings: (i) => textCell(i.findings),
  });
}
