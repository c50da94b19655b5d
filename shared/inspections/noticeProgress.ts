import type { Validated } from '../common/problem';
import { addDays, laterOf } from './calendar';
import { Problems } from './fieldParsers';
import { parseEscalationKind } from './kinds';
import { DEFAULT_RECTIFICATION_DAYS, type NoticeEvent, type NoticeProgress } from './notice';
import { NOTE_MAX_LENGTH } from './validateInspection';

/*
 * The status machine of a rectification notice. Each step takes the notice as stored and what
 * the clerk entered, and returns the notice as it should be stored next, or the reasons it
 * cannot be. Events are kept in date order: a step may not be dated before the issue date or
 * the step before it, so the history reads as it happened.
 */

export interface ReportDraft {
  readonly reportedOn?: unknown;
  readonly note?: unknown;
}

export interface RecheckDraft {
  readonly recheckedOn?: unknown;
  /** true for 复查合格, false for 复查不合格; also 合格 / 不合格 as text. */
  readonly passed?: unknown;
  readonly note?: unknown;
  /** Required when the re-check failed. */
  readonly newDeadline?: unknown;
}

export interface EscalationDraft {
  readonly escalatedOn?: unknown;
  readonly escalation?: unknown;
  readonly note?: unknown;
}

/** The earliest date the next step may carry. */
export function earliestNextDate(notice: Pick<NoticeProgress, 'issuedOn' | 'events'>): string {
  return notice.events.reduce((latest, event) => (event.on > latest ? event.on : latest), notice.issuedOn);
}

function dateFrom(problems: Problems, field: string, raw: unknown, notice: NoticeProgress): string | null {
  const date = problems.date(field, raw, { required: true });
  const earliest = earliestNextDate(notice);
  if (date !== null && date < earliest) {
    problems.add(field, 'dateTooEarly', { earliest });
    return null;
  }
  return date;
}

function refuseClosed(problems: Problems, notice: NoticeProgress): void {
  if (notice.status === 'closed') problems.add('notice', 'noticeClosed');
}

function withEvent(notice: NoticeProgress, event: NoticeEvent, changes: Partial<NoticeProgress>): NoticeProgress {
  return { ...notice, ...changes, events: [...notice.events, event] };
}

/** 已报告整改: the responsible party says it is done. Only from 待整改 or 复查不合格. */
export function reportRectification(notice: NoticeProgress, draft: ReportDraft): Validated<NoticeProgress> {
  const problems = new Problems();
  refuseClosed(problems, notice);
  if (notice.status === 'reported') problems.add('notice', 'alreadyReported');
  const on = dateFrom(problems, 'reportedOn', draft.reportedOn, notice);
  const note = problems.paragraph('note', draft.note, { max: NOTE_MAX_LENGTH });
  if (problems.list.length > 0 || on === null) return { ok: false, problems: problems.list };
  return { ok: true, value: withEvent(notice, { type: 'reported', on, note }, { status: 'reported' }) };
}

function parsePassed(raw: unknown): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  // Matching data, not UI words: what clerks and offices write, read in every locale (issue 8).
  if (['合格', '复查合格', '通过', 'pass', 'passed'].includes(text)) return true;
  if (['不合格', '复查不合格', '未通过', 'fail', 'failed'].includes(text)) return false;
  return undefined;
}

/**
 * 复查: a passed re-check closes the notice; a failed one reopens it with a new deadline after
 * the re-check. A re-check may happen without a report (the office goes at the deadline).
 */
export function recordRecheck(notice: NoticeProgress, draft: RecheckDraft): Validated<NoticeProgress> {
  const problems = new Problems();
  refuseClosed(problems, notice);
  const on = dateFrom(problems, 'recheckedOn', draft.recheckedOn, notice);
  const passed = parsePassed(draft.passed);
  if (passed === undefined) problems.add('passed', 'required');
  const note = problems.paragraph('note', draft.note, { max: NOTE_MAX_LENGTH });
  let newDeadline: string | null = null;
  if (passed === false) {
    newDeadline = problems.date('newDeadline', draft.newDeadline, { required: true });
    if (newDeadline !== null && on !== null && newDeadline <= on) problems.add('newDeadline', 'dateTooEarly', { earliest: addDays(on, 1) });
  }
  if (problems.list.length > 0 || on === null || passed === undefined) return { ok: false, problems: problems.list };
  const event: NoticeEvent = { type: 'rechecked', on, passed, note, newDeadline: passed ? null : newDeadline };
  if (passed) return { ok: true, value: withEvent(notice, event, { status: 'closed', closedOn: on }) };
  return { ok: true, value: withEvent(notice, event, { status: 'reopened', deadline: newDeadline ?? notice.deadline }) };
}

/** The deadline a failed re-check proposes, and the two dates it was chosen from. */
export interface ProposedDeadline {
  /** The later of the two: a failed re-check never shortens the time the party still has. */
  readonly proposed: string;
  /** The re-check date plus the usual rectification days. */
  readonly afterRecheck: string;
  /** The deadline in force, when it is still running after the re-check; else null. */
  readonly running: string | null;
}

/**
 * What the re-check form offers as the new deadline: re-check + 7 days, unless the deadline in
 * force ends later (a re-check ahead of time must not cut the party's remaining days short).
 */
export function proposeRecheckDeadline(notice: Pick<NoticeProgress, 'deadline'>, recheckedOn: string): ProposedDeadline {
  const afterRecheck = addDays(recheckedOn, DEFAULT_RECTIFICATION_DAYS);
  const running = notice.deadline > recheckedOn ? notice.deadline : null;
  return { proposed: running === null ? afterRecheck : laterOf(running, afterRecheck), afterRecheck, running };
}

/** 约谈 / 通报 / 曝光 / 记入信用档案, on an open notice; the status does not change. */
export function escalateNotice(notice: NoticeProgress, draft: EscalationDraft): Validated<NoticeProgress> {
  const problems = new Problems();
  refuseClosed(problems, notice);
  const on = dateFrom(problems, 'escalatedOn', draft.escalatedOn, notice);
  const escalation = parseEscalationKind(draft.escalation);
  if (!escalation.ok) {
    if (draft.escalation === undefined || draft.escalation === null || draft.escalation === '') problems.add('escalation', 'required');
    else problems.add('escalation', 'unknownEscalation', { value: String(draft.escalation) });
  }
  const note = problems.paragraph('note', draft.note, { max: NOTE_MAX_LENGTH });
  if (problems.list.length > 0 || on === null || !escalation.ok) return { ok: false, problems: problems.list };
  return { ok: true, value: withEvent(notice, { type: 'escalated', on, escalation: escalation.value, note }, {}) };
}
