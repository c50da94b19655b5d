import type { Validated } from '../common/problem';
import { cleanText, keptText, nameKey } from '../common/text';
import type { NoticeItem, NoticeStatus } from './notice';
import { Problems } from './fieldParsers';
import { parseInspectionNamed, parseItems, type InspectionNamed } from './noticeCells';
import { inspectionKeyAt } from './linkedInspections';
import type { RecordMapping, RecordReference } from '../exchange/mapping';
import { COMMUNITY_SYNONYMS, ESTATE_SYNONYMS, estateKey, estateReference } from '../estates';
import { compositeKey } from '../common/compositeKey';

/**
 * A rectification notice as a ledger row (整改台账): our own export, or a district list with
 * columns such as 通知书编号, 社区, 小区名称, 下发日期, 整改期限, 整改情况 / 状态, 复查日期,
 * 复查结果. What is read is what the overdue rule needs: which notice, where, its deadline in
 * force and whether it is closed. A row's status comes from its status column and its re-check
 * result together: 复查合格 in either closes it, 复查不合格 reopens it (with 新整改期限 as the
 * deadline where the sheet has one).
 *
 * The full workbook's 整改通知书 sheet adds what the app keeps of a notice beyond that: its
 * numbering year and serial (so an import never renumbers it and the counter stays above it),
 * the inspection it was issued on, its items, the first deadline and the day it closed; its
 * steps are rows of their own (noticeSteps.ts).
 */
export interface NoticeLedgerRow {
  readonly number: string;
  readonly community: string;
  readonly estate: string;
  readonly responsibleParty: string;
  readonly issuedOn: string | null;
  /** The deadline in force: a new one after a failed re-check, else the first. */
  readonly deadline: string;
  readonly status: NoticeStatus;
  readonly recheckedOn: string | null;
  /** Numbering year and serial where the sheet says (our own workbook); else read from the number by the office's pattern. */
  readonly year: number | null;
  readonly serial: number | null;
  readonly inspection: InspectionNamed | null;
  readonly items: readonly NoticeItem[];
  /** The first deadline: the 原整改期限 column, else the deadline read. */
  readonly originalDeadline: string;
  readonly closedOn: string | null;
}

/** Status words as ledgers write them; 逾期 is an open notice (the rule works it out again). */
const STATUS_SPELLINGS: Readonly<Record<NoticeStatus, readonly string[]>> = {
  pending: ['待整改', '未整改', '整改中', '正在整改', '逾期', '逾期未整改', '已逾期', '未完成', '督办中'],
  reported: ['已报告整改', '已整改待复查', '待复查', '已报告', '已整改'],
  reopened: ['复查不合格', '整改不到位', '重新整改', '未通过复查'],
  closed: ['复查合格', '已办结', '办结', '已完成', '完成', '整改到位', '已整改到位', '已销号', '销号', '已关闭'],
};

const RESULT_SPELLINGS: Readonly<Record<'passed' | 'failed', readonly string[]>> = {
  passed: ['合格', '复查合格', '通过', '整改到位', '已整改到位', '√'],
  failed: ['不合格', '复查不合格', '未通过', '整改不到位', '×'],
};

const fold = (value: string): string => cleanText(value).replace(/\s+/g, '');

function lookup<K extends string>(spellings: Readonly<Record<K, readonly string[]>>, raw: string): K | undefined {
  const text = fold(raw);
  for (const key of Object.keys(spellings) as K[]) if (spellings[key].some((s) => fold(s) === text)) return key;
  return undefined;
}

const blank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && cleanText(value) === '');
const text = (value: unknown): string => (blank(value) ? '' : keptText(String(value)));

export const noticeLedgerMapping: RecordMapping<NoticeLedgerRow> = {
  kind: 'notices',
  fields: [
    { key: 'number', kind: 'code', required: true, synonyms: ['通知书编号', '整改通知书编号', '通知书文号', '编号', '文号', '通知书号'] },
    { key: 'community', kind: 'text', required: true, synonyms: [...COMMUNITY_SYNONYMS] },
    { key: 'estate', kind: 'text', required: true, synonyms: [...ESTATE_SYNONYMS] },
    { key: 'responsibleParty', kind: 'text', synonyms: ['责任单位', '物业服务企业', '物业公司', '整改单位', '责任主体'] },
    { key: 'issuedOn', kind: 'date', synonyms: ['下发日期', '发出日期', '通知日期', '下达日期', '签发日期'] },
    { key: 'deadline', kind: 'date', required: true, synonyms: ['整改期限', '限期', '整改时限', '期限', '限期整改日期', '整改截止日期'] },
    { key: 'newDeadline', kind: 'date', synonyms: ['新整改期限', '延期至', '重新整改期限', '复查整改期限'] },
    { key: 'status', kind: 'text', synonyms: ['状态', '整改情况', '整改状态', '办理情况', '办理状态'] },
    { key: 'recheckedOn', kind: 'date', synonyms: ['复查日期', '复查时间', '复核日期'] },
    { key: 'recheckResult', kind: 'text', synonyms: ['复查结果', '复查情况', '复核结果'] },
    { key: 'year', kind: 'count', synonyms: ['通知书年度', '编号年度'] },
    { key: 'serial', kind: 'count', synonyms: ['流水号', '通知书流水号'] },
    { key: 'inspection', kind: 'text', synonyms: ['来源检查', '检查记录'] },
    { key: 'items', kind: 'text', synonyms: ['整改内容', '整改事项'] },
    { key: 'originalDeadline', kind: 'date', synonyms: ['原整改期限', '首次整改期限'] },
    { key: 'closedOn', kind: 'date', synonyms: ['办结日期', '销号日期'] },
  ],
  minFields: 4,
  totalMarkerFields: ['number', 'community', 'estate'],

  validate(draft): Validated<NoticeLedgerRow> {
    const problems = new Problems();
    const number = problems.text('number', draft.number, { required: true, max: 60 });
    const community = problems.text('community', draft.community, { required: true, max: 100 });
    const estate = problems.text('estate', draft.estate, { required: true, max: 100 });
    const responsibleParty = problems.text('responsibleParty', draft.responsibleParty, { max: 100 });
    const issuedOn = problems.date('issuedOn', draft.issuedOn);
    const first = problems.date('deadline', draft.deadline, { required: true });
    const renewed = problems.date('newDeadline', draft.newDeadline);
    const recheckedOn = problems.date('recheckedOn', draft.recheckedOn);
    const original = problems.date('originalDeadline', draft.originalDeadline);
    const closedOn = problems.date('closedOn', draft.closedOn);
    const year = problems.numberIn('year', draft.year, 1990, 2100, { whole: true });
    const serial = problems.numberIn('serial', draft.serial, 1, 999_999_999, { whole: true });
    const inspection = parseInspectionNamed(draft.inspection, 'inspection', problems);
    const items = parseItems(draft.items);
    const statusText = text(draft.status);
    const resultText = text(draft.recheckResult);
    const stated = statusText === '' ? undefined : lookup(STATUS_SPELLINGS, statusText);
    if (statusText !== '' && stated === undefined) problems.add('status', 'unknownNoticeStatus', { value: statusText });
    const result = resultText === '' ? undefined : lookup(RESULT_SPELLINGS, resultText);
    if (resultText !== '' && result === undefined) problems.add('recheckResult', 'unknownNoticeStatus', { value: resultText });
    const status: NoticeStatus =
      stated === 'closed' || result === 'passed' ? 'closed' : result === 'failed' && stated !== 'reported' ? 'reopened' : (stated ?? 'pending');
    const value: NoticeLedgerRow = {
      number,
      community,
      estate,
      responsibleParty,
      issuedOn,
      deadline: renewed ?? first ?? '',
      status,
      recheckedOn,
      year,
      serial,
      inspection,
      items,
      originalDeadline: original ?? first ?? '',
      closedOn: closedOn ?? (status === 'closed' ? recheckedOn : null),
    };
    return problems.result(value);
  },

  identity(value) {
    return {
      key: noticeRowKey(value.community, value.estate, value.number),
      field: 'number',
      label: `${value.community} / ${value.estate} / ${value.number}`,
    };
  },

  references(value) {
    return [
      estateReference(value.community, value.estate),
      ...(value.inspection === null ? [] : [inspectionReference(value, value.inspection)]),
    ];
  },

  diffFields: ['responsibleParty', 'issuedOn', 'deadline', 'status', 'recheckedOn', 'inspection', 'items', 'originalDeadline', 'closedOn'],

  fieldValue(value, field) {
    switch (field) {
      case 'inspection':
      case 'items':
        // A list compares as one value, as the cell holds it; never shown to anyone.
        return JSON.stringify(value[field]);
      case 'originalDeadline':
      case 'closedOn':
      case 'number':
      case 'community':
      case 'estate':
      case 'responsibleParty':
      case 'issuedOn':
      case 'deadline':
      case 'status':
      case 'recheckedOn':
        return value[field];
      default:
        return undefined;
    }
  },

  withFields(base, incoming, fields) {
    const pick = <K extends keyof NoticeLedgerRow>(key: K): NoticeLedgerRow[K] => (fields.includes(key) ? incoming[key] : base[key]);
    return {
      ...base,
      responsibleParty: pick('responsibleParty'),
      issuedOn: pick('issuedOn'),
      deadline: pick('deadline'),
      status: pick('status'),
      recheckedOn: pick('recheckedOn'),
      inspection: pick('inspection'),
      items: pick('items'),
      originalDeadline: pick('originalDeadline'),
      closedOn: pick('closedOn'),
    };
  },
};

/** The key a notice row is known by (its estate and number), for the rows that name it. */
export function noticeRowKey(community: string, estate: string, number: string): string {
  return compositeKey(estateKey(nameKey(community), nameKey(estate)), nameKey(number));
}

/** The inspection a notice row names, keyed as the inspection sheet keys it. */
function inspectionReference(place: { readonly community: string; readonly estate: string }, inspection: InspectionNamed): RecordReference {
  return {
    kind: 'inspections',
    key: inspectionKeyAt(place.community, place.estate, inspection),
    problem: { field: 'inspection', code: 'notFound' },
  };
}
