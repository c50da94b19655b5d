import type { EstateFields } from './estate';
import { keptText, nameKey } from '../common/text';
import { validateEstate } from './validation';
import type { RecordMapping } from '../exchange/mapping';
import { COMMUNITY_FROM_SHEET_NAME, estateKey, SUMMARY_SHEET } from './estateReference';

/**
 * An estate as a spreadsheet row. The row names its community instead of pointing at its id:
 * the community may not exist until the same import creates it, so the caller resolves the
 * name when it commits.
 */
export interface EstateRow extends Omit<EstateFields, 'communityId'> {
  readonly community: string;
}

const ESTATE_FIELDS = ['name', 'estateClass', 'mode', 'company', 'buildings', 'households', 'floorArea', 'address', 'pilot', 'notes', 'aliases'] as const;
/** How the one 别名 cell lists an estate's aliases (the import splits on 、 and ；). */
export const ALIAS_SEPARATOR = '、';
type EstateField = (typeof ESTATE_FIELDS)[number];

function isEstateField(field: string): field is EstateField {
  return (ESTATE_FIELDS as readonly string[]).includes(field);
}

export const estatesMapping: RecordMapping<EstateRow> = {
  kind: 'estates',
  fields: [
    { key: 'community', kind: 'text', required: true, synonyms: ['所属社区', '社区', '社区名称', '所在社区', '社区（村）', '所属社区（村）', '社区居委会', '所属社区居委会', '村（社区）', '居委会', '所属居委会', '社区名', '所属村（社区）', '所在社区（村）'] },
    { key: 'name', kind: 'text', required: true, synonyms: ['小区名称', '小区', '项目名称', '小区（项目）名称', '物业项目名称', '物业管理小区名称', '小区名', '物业管理区域名称'] },
    { key: 'estateClass', kind: 'raw', synonyms: ['小区类别', '类别', '分类', '小区分类', '小区类型'] },
    { key: 'mode', kind: 'raw', synonyms: ['管理模式', '管理方式', '物业管理模式', '物业管理方式', '管理形式'] },
    { key: 'company', kind: 'text', synonyms: ['物业服务企业', '物业公司', '物业企业', '物业服务企业名称', '物业管理公司', '物业服务公司', '物业公司名称', '物业企业名称', '物业管理企业', '物业服务单位', '物业管理单位'] },
    { key: 'buildings', kind: 'count', synonyms: ['楼幢数', '楼栋数', '幢数', '栋数', '楼栋', '楼幢', '总栋数', '自然栋数', '自然栋数量', '楼栋数量', '栋数量', '楼栋总数', '幢数量'] },
    { key: 'households', kind: 'count', synonyms: ['户数', '住户数', '总户数', '住户', '居民户数', '住户总数', '总住户数', '房屋户数', '户数合计'] },
    {
      key: 'floorArea',
      kind: 'measure',
      synonyms: [
        '建筑面积（㎡）', '建筑面积', '面积', '总建筑面积', '小区面积', '总面积', '建筑总面积', '房屋建筑面积',
        { header: '建筑面积（万㎡）', scale: 10_000 },
        { header: '建筑面积（万平方米）', scale: 10_000 },
        { header: '面积（万㎡）', scale: 10_000 },
        { header: '总建筑面积（万㎡）', scale: 10_000 },
      ],
    },
    { key: 'address', kind: 'text', synonyms: ['地址', '小区地址', '详细地址', '坐落', '小区位置', '位置', '坐落地址'] },
    { key: 'pilot', kind: 'raw', synonyms: ['是否试点', '试点', '试点小区', '是否为试点', '是否试点小区'] },
    { key: 'notes', kind: 'text', synonyms: ['备注', '说明'] },
    // Last, after the district's own columns: its lists never carry one, ours add it at the end.
    { key: 'aliases', kind: 'text', ownExportOnly: true, synonyms: ['别名', '小区别名', '又名', '其他名称'] },
    { key: 'street', kind: 'text', synonyms: ['所属街道', '街道', '街道名称', '所在街道', '街道（镇）', '镇街', '所属镇街', '街镇'] },
  ],
  streetField: 'street',
  minFields: 2,
  totalMarkerFields: ['community', 'name'],
  // A workbook with a sheet per community: the sheet "天乐社区" is the community of its rows.
  // 汇总 / 合计 / 说明 sheets are about all communities, never one.
  summarySheet: SUMMARY_SHEET,
  sheetNameField: COMMUNITY_FROM_SHEET_NAME,
  problemFields: { communityId: 'community' },

  validate(draft) {
    const community = draft.community === null || draft.community === undefined ? '' : keptText(String(draft.community));
    const result = validateEstate({ ...draft, communityId: community });
    if (!result.ok) return result;
    const { communityId, ...fields } = result.value;
    return { ok: true, value: { community: communityId, ...fields } };
  },

  identity(value) {
    return { key: estateKey(nameKey(value.community), nameKey(value.name)), field: 'name', label: `${value.community} / ${value.name}` };
  },

  references(value) {
    return [
      {
        kind: 'communities',
        key: nameKey(value.community),
        problem: { field: 'community', code: 'unknownCommunity', params: { name: value.community } },
      },
    ];
  },

  diffFields: ESTATE_FIELDS,

  fieldValue(value, field) {
    if (field === 'community') return value.community;
    // Compared as the cell shows them: the same names in the same order are no change.
    if (field === 'aliases') return value.aliases.join(ALIAS_SEPARATOR);
    return isEstateField(field) ? value[field] : undefined;
  },

  withFields(base, incoming, fields) {
    const out: Record<string, unknown> = { ...base };
    for (const field of fields) if (isEstateField(field)) out[field] = incoming[field];
    return out as unknown as EstateRow;
  },
};
