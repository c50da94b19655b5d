import type { Validated } from '../common/problem';
import { Problems } from '../inspections';
import { isIsoDate } from '../inspections';
import type { ComplaintEvent, ComplaintEventType, ComplaintProgress, ComplaintStatus, Satisfaction, StepAuthor } from './complaint';
import { FRESH_PROGRESS, SATISFACTIONS } from './complaint';

/**
 * The course of a complaint as pure steps: each takes the stored progress and what the clerk
 * entered, and returns the new progress with the step appended to `events` (who and when), or
 * the reasons it cannot be taken. The repository stores the result in one transaction.
 */

/** From which statuses each step may be taken. */
export const STEP_FROM: Readonly<Record<ComplaintEventType, readonly ComplaintStatus[]>> = {
  accepted: ['received'],
  rejected: ['received'],
  assigned: ['accepted', 'handling'],
  mediated: ['accepted', 'handling'],
  extended: ['accepted', 'handling', 'replied'],
  replied: ['accepted', 'handling'],
  visited: ['replied'],
  reopened: ['visited'],
  concluded: ['replied', 'visited'],
};

/** The steps a complaint in `status` may take next, in the order the course runs. */
export function nextSteps(progress: Pick<ComplaintProgress, 'status' | 'satisfaction' | 'extensionDays'>, extensionMaxDays: number): ComplaintEventType[] {
  return (Object.keys(STEP_FROM) as ComplaintEventType[]).filter((step) => {
    if (!STEP_FROM[step].includes(progress.status)) return false;
    if (step === 'reopened') return progress.satisfaction === 'unsatisfied';
    if (step === 'extended') return progress.extensionDays === 0 && extensionMaxDays > 0;
    return true;
  });
}

export interface StepDraft {
  readonly on: unknown;
  readonly note?: unknown;
  readonly reason?: unknown;
  readonly communityId?: string | null;
  readonly assignee?: unknown;
  readonly parties?: unknown;
  readonly agreed?: unknown;
  readonly days?: unknown;
  readonly reply?: unknown;
  readonly satisfaction?: unknown;
}

function lastDay(progress: ComplaintProgress, receivedOn: string): string {
  return progress.events.reduce((latest, e) => (e.on > latest ? e.on : latest), receivedOn);
}

/**
 * Takes one step. `receivedOn` bounds every step's date from below (nothing happens to a
 * complaint before it came in), and so does each step already taken: the course reads in order.
 */
export function takeStep(
  progress: ComplaintProgress,
  step: ComplaintEventType,
  draft: StepDraft,
  context: { readonly receivedOn: string; readonly author: StepAuthor; readonly extensionMaxDays: number },
): Validated<ComplaintProgress> {
  const problems = new Problems();
  if (!STEP_FROM[step].includes(progress.status)) {
    problems.add('status', 'complaintStepNotAllowed', { step, status: progress.status });
    return problems.result(progress);
  }
  const on = problems.date('on', draft.on, { required: true });
  const earliest = lastDay(progress, context.receivedOn);
  if (on !== null && isIsoDate(on) && on < earliest) problems.add('on', 'dateTooEarly', { earliest });
  const day = on ?? '';
  const author = context.author;
  let event: ComplaintEvent | null = null;
  let next: ComplaintProgress = progress;
  switch (step) {
    case 'accepted': {
      const note = problems.paragraph('note', draft.note, { max: 500 });
      event = { type: 'accepted', on: day, note, ...author };
      next = { ...progress, status: 'accepted', acceptedOn: day };
      break;
    }
    case 'rejected': {
      const reason = problems.paragraph('reason', draft.reason, { required: true, max: 500 });
      event = { type: 'rejected', on: day, reason, ...author };
      next = { ...progress, status: 'rejected', rejectedReason: reason, concludedOn: null };
      break;
    }
    case 'assigned': {
      const assignee = problems.text('assignee', draft.assignee, { max: 50 });
      const communityId = draft.communityId ?? null;
      if (communityId === null && assignee === '') problems.add('assignee', 'required');
      event = { type: 'assigned', on: day, communityId, assignee, ...author };
      next = { ...progress, status: 'handling', assignedCommunityId: communityId, assignee };
      break;
    }
    case 'mediated': {
      const parties = problems.text('parties', draft.parties, { required: true, max: 200 });
      const agreed = problems.paragraph('agreed', draft.agreed, { required: true, max: 2000 });
      event = { type: 'mediated', on: day, parties, agreed, ...author };
      next = { ...progress, status: 'handling' };
      break;
    }
    case 'extended': {
      if (progress.extensionDays > 0) problems.add('days', 'complaintAlreadyExtended');
      const days = problems.numberIn('days', draft.days, 1, Math.max(1, context.extensionMaxDays), { required: true, whole: true });
      const reason = problems.paragraph('reason', draft.reason, { required: true, max: 500 });
      event = { type: 'extended', on: day, days: days ?? 0, reason, ...author };
      next = { ...progress, extensionDays: days ?? 0, extensionReason: reason };
      break;
    }
    case 'replied': {
      const reply = problems.paragraph('reply', draft.reply, { required: true, max: 4000 });
      event = { type: 'replied', on: day, reply, ...author };
      next = { ...progress, status: 'replied', reply, repliedOn: day };
      break;
    }
    case 'visited': {
      const satisfaction = SATISFACTIONS.find((s) => s === draft.satisfaction);
      if (satisfaction === undefined) problems.add('satisfaction', 'required');
      const note = problems.paragraph('note', draft.note, { max: 500 });
      const answer: Satisfaction = satisfaction ?? 'satisfied';
      event = { type: 'visited', on: day, satisfaction: answer, note, ...author };
      next = { ...progress, status: 'visited', satisfaction: answer };
      break;
    }
    case 'reopened': {
      if (progress.satisfaction !== 'unsatisfied') problems.add('status', 'complaintStepNotAllowed', { step, status: progress.status });
      const reason = problems.paragraph('reason', draft.reason, { required: true, max: 500 });
      event = { type: 'reopened', on: day, reason, ...author };
      next = { ...progress, status: 'handling', satisfaction: null, repliedOn: null };
      break;
    }
    case 'concluded': {
      const note = problems.paragraph('note', draft.note, { max: 500 });
      event = { type: 'concluded', on: day, note, ...author };
      next = { ...progress, status: 'concluded', concludedOn: day };
      break;
    }
  }
  return problems.result({ ...next, events: [...progress.events, event] });
}

/** What the clerk entered for a step, as its stored event says. */
function draftOf(event: ComplaintEvent): StepDraft {
  const { type: _type, by: _by, at: _at, ...fields } = event;
  return fields;
}

/**
 * Where a course of stored steps leaves a complaint received on `receivedOn`: each step taken
 * again, in order, by the same rules as when it was first taken (an import that brings a
 * complaint's steps without its row). A course those rules refuse is refused with their reasons.
 */
export function replayCourse(receivedOn: string, events: readonly ComplaintEvent[]): Validated<ComplaintProgress> {
  let progress: ComplaintProgress = FRESH_PROGRESS;
  for (const event of events) {
    // The days an extension was granted were within the settings of its day: the rule here is that it was one.
    const step = takeStep(progress, event.type, draftOf(event), { receivedOn, author: { by: event.by, at: event.at }, extensionMaxDays: Math.max(1, event.type === 'extended' ? event.days : 1) });
    if (!step.ok) return step;
    progress = step.value;
  }
  return { ok: true, value: progress };
}
