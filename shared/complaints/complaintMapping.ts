import { compositeKey } from '../common/compositeKey';
import type { Validated } from '../common/problem';
import { cleanText, keptText, nameKey } from '../common/text';
import type { RecordMapping, RecordReference } from '../exchange/mapping';
import { COMMUNITY_SYNONYMS, ESTATE_SYNONYMS, estateReference } from '../estates';
import { Problems, parseTimeOfDay } from '../inspections';
import type { ComplaintCategory, ComplaintChannel, ComplaintParty, ComplaintStatus, Satisfaction } from './complaint';
import { maskName, maskPhone, maskPhonesIn } from './masking';
import { maskedDiff, type MaskOf } from './maskedDiff';

/**
 * A complaint as a sheet row: a 12345 work-order export (工单编号, 来电时间, 诉求人, 联系电话,
 * 诉求内容, 办理时限, 办理状态 …), a community's register (编号, 登记日期, 投诉人, 投诉内容 …), or
 * our own ledger and full workbook. The estate is optional (a complaint may be about a company
 * or a street); a named one must exist. A row is the same complaint as a stored one when their
 * work-order numbers agree, else their complaint numbers: importing a list twice adds nothing.
 * A row without a number gets one from the office's pattern when it is committed.
 *
 * Phones and names may come masked (our own export, unless the clerk chose to show them), and
 * so may phones inside the address, content and reply: a cell that is the masked form of what is
 * stored never overwrites it, and compares equal to it.
 */
export interface ComplaintRow {
  readonly number: string;
  readonly workOrderNumber: string;
  readonly receivedOn: string;
  readonly receivedAt: string;
  readonly channel: ComplaintChannel;
  readonly complainantName: string;
  readonly complainantPhone: string;
  readonly complainantAddress: string;
  /** '' for a complaint of no community (or estate). */
  readonly community: string;
  readonly estate: string;
  readonly against: ComplaintParty;
  readonly againstName: string;
  readonly category: ComplaintCategory;
  readonly content: string;
  readonly hotlineDeadline: string | null;
  readonly status: ComplaintStatus;
  readonly acceptedOn: string | null;
  readonly rejectedReason: string;
  readonly assignee: string;
  readonly extensionDays: number;
  readonly extensionReason: string;
  readonly reply: string;
  readonly repliedOn: string | null;
  readonly satisfaction: Satisfaction | null;
  readonly concludedOn: string | null;
}

const CHANNEL_SPELLINGS: Readonly<Record<ComplaintChannel, readonly string[]>> = {
  phone: ['来电', '电话', '电话投诉', '来电投诉'],
  visit: ['来访', '上访', '来访投诉', '走访'],
  letter: ['来信', '信件', '书信'],
  online: ['网上', '网络', '网上投诉', '网上信访', '网上留言', '留言', '微信', '邮件'],
  hotline: ['12345', '12345热线', '12345 热线', '热线', '市民热线', '12345市民热线', '政务热线', '12345工单'],
  referred: ['上级交办', '交办', '转办', '上级转办', '区里交办'],
  other: ['其他', '其它'],
};

const CATEGORY_SPELLINGS: Readonly<Record<ComplaintCategory, readonly string[]>> = {
  publicOrder: ['公共秩序', '秩序', '停车', '乱停车', '占道', '噪音', '噪声'],
  sanitation: ['环境卫生', '卫生', '垃圾', '保洁'],
  security: ['公共安全', '安全', '消防', '安保', '门禁'],
  facilities: ['公用设施', '设施', '设施设备', '电梯', '路灯'],
  greening: ['绿化', '绿化养护'],
  fees: ['收费', '物业收费', '物业费', '乱收费', '停车费'],
  repairs: ['维修', '报修', '维修养护', '漏水', '维修资金'],
  attitude: ['服务态度', '态度', '服务质量'],
  committee: ['业委会', '业主委员会', '业主大会'],
  other: ['其他', '其它', '综合'],
};

const PARTY_SPELLINGS: Readonly<Record<ComplaintParty, readonly string[]>> = {
  company: ['物业服务企业', '物业公司', '物业', '物业企业', '物业服务公司'],
  committee: ['业主委员会', '业委会'],
  developer: ['建设单位', '开发商', '开发企业', '房地产开发企业'],
  other: ['其他', '其它'],
};

const STATUS_SPELLINGS: Readonly<Record<ComplaintStatus, readonly string[]>> = {
  received: ['待受理', '未受理', '新工单', '待签收', '待处理', '未处理', '已登记'],
  accepted: ['已受理', '已签收', '受理'],
  rejected: ['不予受理', '不受理', '退回', '已退回'],
  handling: ['办理中', '处理中', '正在办理', '已交办', '调解中', '延期办理', '逾期'],
  replied: ['已答复', '已回复', '已办理', '已反馈', '答复'],
  visited: ['已回访', '回访'],
  concluded: ['办结', '已办结', '已完成', '完成', '已归档', '结案', '已结案'],
};

const SATISFACTION_SPELLINGS: Readonly<Record<Satisfaction, readonly string[]>> = {
  satisfied: ['满意', '非常满意', '很满意'],
  basic: ['基本满意', '比较满意', '一般'],
  unsatisfied: ['不满意', '不太满意', '很不满意', '非常不满意'],
};

const fold = (value: string): string => cleanText(value).replace(/\s+/g, '');

function lookup<K extends string>(spellings: Readonly<Record<K, readonly string[]>>, raw: string): K | undefined {
  const text = fold(raw);
  for (const key of Object.keys(spellings) as K[]) if (spellings[key].some((s) => fold(s) === text)) return key;
  return undefined;
}

const blank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && cleanText(value) === '');
const text = (value: unknown): string => (blank(value) ? '' : keptText(String(value)));

/** The date of a cell that may carry a time too (来电时间 2024-03-01 09:30), and that time. */
function splitDateTime(raw: unknown): { date: unknown; time: string } {
  if (typeof raw === 'number' && !Number.isInteger(raw)) {
    const time = parseTimeOfDay(raw);
    return { date: Math.floor(raw), time: time.ok ? time.value : '' };
  }
  if (typeof raw === 'string') {
    const match = /^(.+?)[\sT]+(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)$/.exec(raw.trim());
    if (match) {
      const time = parseTimeOfDay(match[2]);
      return { date: match[1], time: time.ok ? time.value : '' };
    }
  }
  return { date: raw, time: '' };
}

/** Later steps imply the earlier: a concluded row is accepted (on receipt, if no day is given). */
function statusOf(stated: ComplaintStatus | undefined, dates: { acceptedOn: string | null; repliedOn: string | null; concludedOn: string | null }, satisfaction: Satisfaction | null): ComplaintStatus {
  if (stated !== undefined) return stated;
  if (dates.concludedOn !== null) return 'concluded';
  if (satisfaction !== null) return 'visited';
  if (dates.repliedOn !== null) return 'replied';
  if (dates.acceptedOn !== null) return 'accepted';
  return 'received';
}

const DIFF_FIELDS = [
  'receivedOn', 'receivedAt', 'channel', 'complainantName', 'complainantPhone', 'complainantAddress', 'community', 'estate', 'against', 'againstName',
  'category', 'content', 'hotlineDeadline', 'status', 'acceptedOn', 'rejectedReason', 'assignee', 'extensionDays', 'extensionReason', 'reply', 'repliedOn', 'satisfaction', 'concludedOn',
] as const;

/** Personal fields compare masked: a masked cell is the same as the stored value it hides. */
const COMPARED_MASKED: MaskOf = {
  complainantPhone: maskPhone, complainantName: maskName, complainantAddress: maskPhonesIn, content: maskPhonesIn, reply: maskPhonesIn,
};

export const complaintsMapping: RecordMapping<ComplaintRow> = {
  kind: 'complaints',
  fields: [
    { key: 'number', kind: 'code', synonyms: ['投诉编号', '编号', '登记编号', '信访编号', '件号'] },
    { key: 'workOrderNumber', kind: 'code', synonyms: ['工单编号', '工单号', '12345工单号', '热线工单号', '工单流水号'] },
    { key: 'receivedOn', kind: 'raw', required: true, synonyms: ['登记日期', '来电时间', '受理时间', '登记时间', '来访日期', '收件日期', '派单时间', '投诉时间', '反映时间', '接收时间'] },
    { key: 'receivedAt', kind: 'raw', synonyms: ['登记时刻', '来电时刻'] },
    { key: 'channel', kind: 'text', synonyms: ['来源渠道', '来源', '渠道', '投诉方式', '反映渠道', '投诉渠道'] },
    { key: 'complainantName', kind: 'text', synonyms: ['投诉人', '诉求人', '来电人', '反映人', '投诉人姓名', '来访人', '姓名'] },
    { key: 'complainantPhone', kind: 'code', synonyms: ['联系电话', '电话', '来电号码', '手机号码', '联系方式', '投诉人电话'] },
    { key: 'complainantAddress', kind: 'text', synonyms: ['联系地址', '地址', '住址', '投诉人地址'] },
    { key: 'community', kind: 'text', synonyms: [...COMMUNITY_SYNONYMS] },
    { key: 'estate', kind: 'text', synonyms: [...ESTATE_SYNONYMS] },
    { key: 'against', kind: 'text', synonyms: ['被投诉对象类型', '被投诉方类型', '对象类型'] },
    { key: 'againstName', kind: 'text', synonyms: ['被投诉对象', '被投诉单位', '被投诉方', '涉及单位', '责任单位'] },
    { key: 'category', kind: 'text', synonyms: ['类别', '投诉类别', '问题类别', '诉求类型', '诉求分类', '投诉类型'] },
    { key: 'content', kind: 'text', required: true, synonyms: ['投诉内容', '诉求内容', '反映内容', '来电内容', '问题描述', '内容', '主要内容'] },
    { key: 'hotlineDeadline', kind: 'date', synonyms: ['热线办理期限', '办理时限', '办结时限', '工单期限', '截止日期', '办理期限'] },
    { key: 'status', kind: 'text', synonyms: ['状态', '办理状态', '办理情况', '工单状态', '处理状态'] },
    { key: 'acceptedOn', kind: 'date', synonyms: ['受理日期', '签收日期', '签收时间'] },
    { key: 'rejectedReason', kind: 'text', synonyms: ['不予受理理由', '不受理理由', '退回理由'] },
    { key: 'assignee', kind: 'text', synonyms: ['承办人', '经办人', '办理人', '承办单位'] },
    { key: 'extensionDays', kind: 'count', synonyms: ['延期天数', '延长天数'] },
    { key: 'extensionReason', kind: 'text', synonyms: ['延期理由', '延期原因'] },
    { key: 'reply', kind: 'text', synonyms: ['答复内容', '答复意见', '办理结果', '处理结果', '回复内容', '办理情况说明'] },
    { key: 'repliedOn', kind: 'date', synonyms: ['答复日期', '回复日期', '答复时间'] },
    { key: 'satisfaction', kind: 'text', synonyms: ['回访结果', '满意度', '回访满意度', '评价结果', '回访情况'] },
    { key: 'concludedOn', kind: 'date', synonyms: ['办结日期', '办结时间', '结案日期', '归档日期'] },
  ],
  minFields: 3,
  totalMarkerFields: ['number', 'workOrderNumber', 'content'],

  validate(draft): Validated<ComplaintRow> {
    const problems = new Problems();
    const number = problems.text('number', draft.number, { max: 60 });
    const workOrderNumber = problems.text('workOrderNumber', draft.workOrderNumber, { max: 60 });
    if (number === '' && workOrderNumber === '') problems.add('number', 'complaintNeedsNumber');
    const received = splitDateTime(draft.receivedOn);
    const receivedOn = problems.date('receivedOn', received.date, { required: true });
    const ownTime = blank(draft.receivedAt) ? { ok: true as const, value: '' } : parseTimeOfDay(draft.receivedAt);
    if (!ownTime.ok) problems.add('receivedAt', 'notATime', { value: String(draft.receivedAt) });
    const channelText = text(draft.channel);
    const channel = channelText === '' ? undefined : lookup(CHANNEL_SPELLINGS, channelText);
    if (channelText !== '' && channel === undefined) problems.add('channel', 'unknownComplaintChannel', { value: channelText });
    const categoryText = text(draft.category);
    const category = categoryText === '' ? 'other' : lookup(CATEGORY_SPELLINGS, categoryText);
    if (category === undefined) problems.add('category', 'unknownComplaintCategory', { value: categoryText });
    const partyText = text(draft.against);
    const against = partyText === '' ? 'company' : lookup(PARTY_SPELLINGS, partyText);
    if (against === undefined) problems.add('against', 'unknownComplaintParty', { value: partyText });
    const statusText = text(draft.status);
    const stated = statusText === '' ? undefined : lookup(STATUS_SPELLINGS, statusText);
    if (statusText !== '' && stated === undefined) problems.add('status', 'unknownComplaintStatus', { value: statusText });
    const satisfactionText = text(draft.satisfaction);
    const satisfaction = satisfactionText === '' ? null : (lookup(SATISFACTION_SPELLINGS, satisfactionText) ?? null);
    if (satisfactionText !== '' && satisfaction === null) problems.add('satisfaction', 'unknownSatisfaction', { value: satisfactionText });
    const hotlineDeadline = problems.date('hotlineDeadline', draft.hotlineDeadline);
    const acceptedGiven = problems.date('acceptedOn', draft.acceptedOn);
    const repliedOn = problems.date('repliedOn', draft.repliedOn);
    const concludedOn = problems.date('concludedOn', draft.concludedOn);
    const extensionDays = problems.numberIn('extensionDays', draft.extensionDays, 0, 180, { whole: true }) ?? 0;
    const status = statusOf(stated, { acceptedOn: acceptedGiven, repliedOn, concludedOn }, satisfaction);
    const acceptedOn = acceptedGiven ?? (status === 'received' || status === 'rejected' ? null : receivedOn);
    return problems.result({
      number,
      workOrderNumber,
      receivedOn: receivedOn ?? '',
      receivedAt: ownTime.ok && ownTime.value !== '' ? ownTime.value : received.time,
      channel: channel ?? (workOrderNumber !== '' ? 'hotline' : 'other'),
      complainantName: problems.text('complainantName', draft.complainantName, { max: 50 }),
      complainantPhone: problems.text('complainantPhone', draft.complainantPhone, { max: 40 }),
      complainantAddress: problems.text('complainantAddress', draft.complainantAddress, { max: 200 }),
      community: problems.text('community', draft.community, { max: 100 }),
      estate: problems.text('estate', draft.estate, { max: 100 }),
      against: against ?? 'company',
      againstName: problems.text('againstName', draft.againstName, { max: 100 }),
      category: category ?? 'other',
      content: problems.paragraph('content', draft.content, { required: true, max: 4000 }),
      hotlineDeadline,
      status,
      acceptedOn,
      rejectedReason: problems.paragraph('rejectedReason', draft.rejectedReason, { max: 500 }),
      assignee: problems.text('assignee', draft.assignee, { max: 50 }),
      extensionDays,
      extensionReason: problems.paragraph('extensionReason', draft.extensionReason, { max: 500 }),
      reply: problems.paragraph('reply', draft.reply, { max: 4000 }),
      repliedOn,
      satisfaction,
      concludedOn: status === 'concluded' ? (concludedOn ?? repliedOn ?? receivedOn) : concludedOn,
    });
  },

  identity(value) {
    const key = value.workOrderNumber !== '' ? compositeKey('workOrder', nameKey(value.workOrderNumber)) : compositeKey('number', nameKey(value.number));
    return { key, field: value.workOrderNumber !== '' ? 'workOrderNumber' : 'number', label: value.workOrderNumber !== '' ? value.workOrderNumber : value.number };
  },

  references(value): readonly RecordReference[] {
    if (value.estate !== '') return [estateReference(value.community, value.estate)];
    if (value.community !== '') {
      return [{ kind: 'communities', key: nameKey(value.community), problem: { field: 'community', code: 'unknownCommunity', params: { name: value.community } } }];
    }
    return [];
  },

  diffFields: DIFF_FIELDS,

  ...maskedDiff<ComplaintRow>(DIFF_FIELDS, COMPARED_MASKED, ['number', 'workOrderNumber']),
};
