import type { Validated } from '../common/problem';
import { cleanText, keptText } from '../common/text';
import { compositeKey } from '../common/compositeKey';
import type { RecordMapping } from '../exchange/mapping';
import { COMMUNITY_SYNONYMS, ESTATE_SYNONYMS } from '../estates';
import { Problems } from './fieldParsers';
import { parseEscalationKind, type EscalationKind } from './kinds';
import { inspectionMessages } from './messages';
import type { NoticeEvent, NoticeProgress } from './notice';
import { noticeRowKey } from './noticeMapping';

/**
 * A notice's course as rows of their own (整改过程 in the full workbook): one row per step —
 * 报告整改, 复查 (合格 / 不合格 with the new deadline), 督办 (约谈, 通报 …) — keyed by the
 * notice's estate and number and the step's place in its course, so an import puts every step
 * back where it was and a second import adds nothing. The notice row carries its status and
 * deadline in force; these rows carry how it got there.
 */
export const NOTICE_STEP_TYPES = ['reported', 'rechecked', 'escalated'] as const satisfies readonly NoticeEvent['type'][];
export type NoticeStepType = (typeof NOTICE_STEP_TYPES)[number];

export interface NoticeStepRow {
  readonly community: string;
  readonly estate: string;
  readonly number: string;
  /** 1 for the first step of the notice's course. */
  readonly order: number;
  readonly type: NoticeStepType;
  readonly on: string;
  /** A re-check's result; null for the other steps. */
  readonly passed: boolean | null;
  readonly newDeadline: string | null;
  readonly escalation: EscalationKind | null;
  readonly note: string;
}

const zh = inspectionMessages['zh-CN'];
/** Step words as the sheet writes them (the exchange format, Chinese whatever the UI language). */
export const NOTICE_STEP_LABELS: Readonly<Record<NoticeStepType, string>> = { reported: '报告整改', rechecked: '复查', escalated: '督办' };
const RESULT_LABELS = { passed: zh.report.passed, failed: zh.report.failed } as const;

const fold = (value: string): string => cleanText(value).replace(/\s+/g, '');

export function noticeStepAsRow(place: { community: string; estate: string; number: string }, event: NoticeEvent, order: number): NoticeStepRow {
  const base = { ...place, order, type: event.type, on: event.on, note: event.note, passed: null, newDeadline: null, escalation: null };
  switch (event.type) {
    case 'reported':
      return base;
    case 'rechecked':
      return { ...base, passed: event.passed, newDeadline: event.newDeadline };
    case 'escalated':
      return { ...base, escalation: event.escalation };
  }
}

export function noticeStepOfRow(row: NoticeStepRow): NoticeEvent {
  switch (row.type) {
    case 'reported':
      return { type: 'reported', on: row.on, note: row.note };
    case 'rechecked':
      return { type: 'rechecked', on: row.on, passed: row.passed === true, note: row.note, newDeadline: row.passed === true ? null : row.newDeadline };
    case 'escalated':
      return { type: 'escalated', on: row.on, escalation: row.escalation ?? 'talk', note: row.note };
  }
}

const DIFF_FIELDS = ['type', 'on', 'passed', 'newDeadline', 'escalation', 'note'] as const;

export const noticeStepsMapping: RecordMapping<NoticeStepRow> = {
  kind: 'noticeSteps',
  fields: [
    { key: 'number', kind: 'code', required: true, synonyms: ['通知书编号', '整改通知书编号'] },
    { key: 'community', kind: 'text', required: true, synonyms: [...COMMUNITY_SYNONYMS] },
    { key: 'estate', kind: 'text', required: true, synonyms: [...ESTATE_SYNONYMS] },
    { key: 'order', kind: 'count', required: true, synonyms: ['环节序号'] },
    { key: 'type', kind: 'text', required: true, synonyms: ['整改环节'] },
    { key: 'on', kind: 'date', required: true, synonyms: ['环节日期'] },
    { key: 'passed', kind: 'text', synonyms: ['复查结论'] },
    { key: 'newDeadline', kind: 'date', synonyms: ['重新限期'] },
    { key: 'escalation', kind: 'text', synonyms: ['督办措施'] },
    { key: 'note', kind: 'text', synonyms: ['环节说明'] },
  ],
  minFields: 6,
  totalMarkerFields: ['number', 'community', 'estate'],

  validate(draft): Validated<NoticeStepRow> {
    const problems = new Problems();
    const number = problems.text('number', draft.number, { required: true, max: 60 });
    const community = problems.text('community', draft.community, { required: true, max: 100 });
    const estate = problems.text('estate', draft.estate, { required: true, max: 100 });
    const order = problems.numberIn('order', draft.order, 1, 10_000, { required: true, whole: true }) ?? 1;
    const typeText = draft.type === null || draft.type === undefined ? '' : keptText(String(draft.type));
    const type = NOTICE_STEP_TYPES.find((t) => fold(NOTICE_STEP_LABELS[t]) === fold(typeText) || t === typeText);
    if (typeText === '') problems.add('type', 'required');
    else if (type === undefined) problems.add('type', 'unknownKind', { value: typeText });
    const on = problems.date('on', draft.on, { required: true });
    const resultText = draft.passed === null || draft.passed === undefined ? '' : fold(String(draft.passed));
    const passed = resultText === '' ? null : resultText === fold(RESULT_LABELS.passed) ? true : resultText === fold(RESULT_LABELS.failed) ? false : undefined;
    if (passed === undefined) problems.add('passed', 'unknownResult', { value: String(draft.passed) });
    if (type === 'rechecked' && passed === null) problems.add('passed', 'required');
    const newDeadline = problems.date('newDeadline', draft.newDeadline);
    const escalationText = draft.escalation === null || draft.escalation === undefined ? '' : keptText(String(draft.escalation));
    const escalation = escalationText === '' ? null : parseEscalationKind(escalationText);
    if (escalation !== null && !escalation.ok) problems.add('escalation', 'unknownEscalation', { value: escalationText });
    if (type === 'escalated' && escalation === null) problems.add('escalation', 'required');
    const note = problems.paragraph('note', draft.note, { max: 2000 });
    return problems.result({
      number,
      community,
      estate,
      order,
      type: type ?? 'reported',
      on: on ?? '',
      passed: type === 'rechecked' ? (passed ?? null) : null,
      newDeadline: type === 'rechecked' && passed === false ? newDeadline : null,
      escalation: type === 'escalated' && escalation?.ok ? escalation.value : null,
      note,
    });
  },

  identity(value) {
    return { key: compositeKey(noticeRowKey(value.community, value.estate, value.number), value.order), field: 'order', label: `${value.number} / ${value.order}` };
  },

  references(value) {
    return [{ kind: 'notices', key: noticeRowKey(value.community, value.estate, value.number), problem: { field: 'number', code: 'notFound' } }];
  },

  diffFields: DIFF_FIELDS,

  fieldValue(value, field) {
    return (DIFF_FIELDS as readonly string[]).includes(field) || field === 'number' || field === 'order' ? (value as unknown as Readonly<Record<string, unknown>>)[field] : undefined;
  },

  withFields(base, incoming, fields) {
    const out: Record<string, unknown> = { ...base };
    for (const field of fields) if ((DIFF_FIELDS as readonly string[]).includes(field)) out[field] = (incoming as unknown as Readonly<Record<string, unknown>>)[field];
    return out as unknown as NoticeStepRow;
  },
};

/**
 * Where a course leaves a notice, step by step as the status machine moves it (noticeProgress.ts):
 * a report makes it 已报告整改, a passed re-check closes it on its day, a failed one reopens it
 * with its new deadline; 督办 changes neither. For steps an import brings without their notice's
 * own row, so the notice's status and deadline agree with its course.
 */
export function progressOfCourse(notice: Pick<NoticeProgress, 'issuedOn'> & { readonly originalDeadline: string }, events: readonly NoticeEvent[]): NoticeProgress {
  let progress: NoticeProgress = { issuedOn: notice.issuedOn, status: 'pending', deadline: notice.originalDeadline, events, closedOn: null };
  for (const event of events) {
    if (event.type === 'reported') progress = { ...progress, status: 'reported' };
    if (event.type === 'rechecked') {
      progress = event.passed ? { ...progress, status: 'closed', closedOn: event.on } : { ...progress, status: 'reopened', deadline: event.newDeadline ?? progress.deadline, closedOn: null };
    }
  }
  return progress;
}
