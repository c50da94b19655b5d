import type { ChangeCause, HistoryChange, HistoryKind } from '../history/fieldHistory';
import type { Locale } from '../i18n/locale';

/** The field history (变更记录): its panel, the reason in the estate dialog, its settings and sheet. */

const zhCN = {
  kind: {
    community: '社区',
    estate: '小区',
    committeeTerm: '业主委员会',
    committeeMember: '业委会成员',
    preparatoryGroup: '筹备组',
    assemblyMeeting: '业主大会会议',
    inspection: '检查记录',
    notice: '整改通知书',
    survey: '满意度测评',
    complaint: '投诉件',
    company: '物业服务企业',
    creditEntry: '信用事项',
  } satisfies Record<HistoryKind, string>,
  change: { created: '新建', updated: '修改', deleted: '删除' } satisfies Record<HistoryChange, string>,
  cause: {
    edit: (reason: string) => reason,
    import: (file: string) => `导入“${file}”`,
    undoImport: (file: string) => `撤销导入“${file}”`,
  } satisfies Record<ChangeCause, (reason: string) => string>,
  /** Labels of field paths and of the parts of a path the domain catalog does not name. */
  fields: {
    'planned.total': '规划总数',
    'planned.class1': '规划一类',
    'planned.class2': '规划二类',
    'planned.class3': '规划三类',
    result: '结果',
    mark: '分数',
    note: '说明',
    photoCount: '照片数',
    events: '办理经过',
    status: '状态',
    closedOn: '办结日期',
    originalDeadline: '原整改期限',
    number: '编号',
    year: '年度',
    serial: '序号',
    threshold: '验收标准',
  } as Record<string, string>,
  /** A field one kind calls otherwise than the domain catalog does (an estate's 别名, a company's 简称). */
  fieldsOfKind: {
    estate: { aliases: '别名' },
  } as Partial<Record<HistoryKind, Record<string, string>>>,
  pathSeparator: ' · ',
  blank: '（空）',
  listSeparator: '、',
  yes: '是',
  no: '否',
  items: (n: number) => `${n} 项`,
  panel: {
    title: '变更记录',
    empty: '暂无变更记录',
    at: '时间',
    record: '记录',
    field: '字段',
    before: '原值',
    after: '新值',
    operator: '操作人',
    reason: '原因',
  },
  reason: {
    label: '变更原因',
    placeholder: '如：区住建委复核通知（2024年第3批）',
    hint: (fields: string) => `修改${fields}时须填写，记入变更记录`,
    fieldSeparator: '、',
  },
  settings: {
    section: '变更记录',
    reasonRequiredFields: '须填写变更原因的小区字段',
    reasonRequiredHint: '修改这些字段时，编辑窗口要求填写原因；每次修改都记入小区的变更记录',
    /** The other kinds: "须填写变更原因的业主委员会字段". */
    reasonRequiredOf: (kind: string) => `须填写变更原因的${kind}字段`,
  },
  sheet: {
    name: '变更记录',
    headers: ['时间', '记录类型', '记录', '所属小区', '变更', '字段', '原值', '新值', '操作人', '原因'],
  },
};

export type HistoryMessages = typeof zhCN;

const en: HistoryMessages = {
  kind: {
    community: 'Community',
    estate: 'Estate',
    committeeTerm: "Owners' committee",
    committeeMember: 'Committee member',
    preparatoryGroup: 'Preparatory group',
    assemblyMeeting: 'Assembly meeting',
    inspection: 'Inspection',
    notice: 'Rectification notice',
    survey: 'Satisfaction survey',
    complaint: 'Complaint',
    company: 'Property company',
    creditEntry: 'Credit event',
  },
  change: { created: 'Created', updated: 'Changed', deleted: 'Deleted' },
  cause: {
    edit: (reason) => reason,
    import: (file) => `Imported from "${file}"`,
    undoImport: (file) => `Import of "${file}" undone`,
  },
  fields: {
    'planned.total': 'Planned total',
    'planned.class1': 'Planned class I',
    'planned.class2': 'Planned class II',
    'planned.class3': 'Planned class III',
    result: 'Result',
    mark: 'Mark',
    note: 'Note',
    photoCount: 'Photos',
    events: 'Progress',
    status: 'Status',
    closedOn: 'Closed on',
    originalDeadline: 'First deadline',
    number: 'Number',
    year: 'Year',
    serial: 'Serial',
    threshold: 'Acceptance threshold',
  },
  fieldsOfKind: {
    estate: { aliases: 'Aliases' },
  },
  pathSeparator: ' · ',
  blank: '(blank)',
  listSeparator: ', ',
  yes: 'Yes',
  no: 'No',
  items: (n) => `${n} item${n === 1 ? '' : 's'}`,
  panel: {
    title: 'Change history',
    empty: 'No changes recorded',
    at: 'When',
    record: 'Record',
    field: 'Field',
    before: 'Before',
    after: 'After',
    operator: 'Operator',
    reason: 'Reason',
  },
  reason: {
    label: 'Reason for the change',
    placeholder: "e.g. the district's review notice (2024, batch 3)",
    hint: (fields) => `Needed when changing ${fields}; kept in the change history`,
    fieldSeparator: ', ',
  },
  settings: {
    section: 'Change history',
    reasonRequiredFields: 'Estate fields whose change needs a reason',
    reasonRequiredHint: 'The edit dialog asks for a reason when one of these changes; every change is kept in the estate’s history',
    reasonRequiredOf: (kind) => `${kind} fields whose change needs a reason`,
  },
  sheet: {
    name: 'Change history',
    headers: ['When', 'Record kind', 'Record', 'Estate', 'Change', 'Field', 'Before', 'After', 'Operator', 'Reason'],
  },
};

export const historyMessages: Readonly<Record<Locale, HistoryMessages>> = { 'zh-CN': zhCN, en };
