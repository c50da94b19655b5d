import type { Validated } from '../common/problem';
import { FieldReader, NOTE_MAX_LENGTH } from './fields';

/** A file kept with a record (a scanned return, a photo of a meeting), stored apart. */
export interface AttachmentRef {
  readonly fileId: string;
  readonly name: string;
}

/** A dated progress note of a task (进展情况), with its attachments. */
export interface ProgressNote {
  readonly on: string;
  readonly text: string;
  readonly attachments: readonly AttachmentRef[];
}

/** Plan 2's task: 完成时限, 牵头部门, 责任部门; plan 1's steps within a phase. */
export interface TaskFields {
  readonly campaignId: string;
  readonly title: string;
  /** The phase's name, or '' for a task of the whole campaign. */
  readonly phase: string;
  readonly dueOn: string;
  readonly leadDepartment: string;
  readonly responsibleDepartments: readonly string[];
  /** The day work began; null until then (a progress note also counts as begun). */
  readonly startedOn: string | null;
  /** The day it was done; null while open. */
  readonly doneOn: string | null;
}

export interface CampaignTask extends TaskFields {
  readonly id: string;
  readonly notes: readonly ProgressNote[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface TaskDraft {
  readonly campaignId?: unknown;
  readonly title?: unknown;
  readonly phase?: unknown;
  readonly dueOn?: unknown;
  readonly leadDepartment?: unknown;
  readonly responsibleDepartments?: unknown;
  readonly startedOn?: unknown;
  readonly doneOn?: unknown;
}

export function validateTask(draft: TaskDraft): Validated<TaskFields> {
  const reader = new FieldReader();
  const campaignId = typeof draft.campaignId === 'string' ? draft.campaignId : '';
  if (campaignId === '') reader.add('campaignId', 'required');
  const title = reader.text('title', draft.title, { required: true });
  const phase = reader.text('phase', draft.phase);
  const dueOn = reader.date('dueOn', draft.dueOn, { required: true });
  const leadDepartment = reader.text('leadDepartment', draft.leadDepartment);
  const responsibleDepartments = reader.names('responsibleDepartments', draft.responsibleDepartments);
  const startedOn = reader.date('startedOn', draft.startedOn);
  const doneOn = reader.date('doneOn', draft.doneOn);
  if (startedOn !== null && doneOn !== null && doneOn < startedOn) reader.add('doneOn', 'dateTooEarly', { earliest: startedOn });
  return reader.result({ campaignId, title, phase, dueOn: dueOn ?? '', leadDepartment, responsibleDepartments, startedOn, doneOn });
}

export interface NoteDraft {
  readonly on?: unknown;
  readonly text?: unknown;
}

export function validateNote(draft: NoteDraft, attachments: readonly AttachmentRef[]): Validated<ProgressNote> {
  const reader = new FieldReader();
  const on = reader.date('on', draft.on, { required: true });
  const text = reader.text('text', draft.text, { required: attachments.length === 0, paragraph: true, max: NOTE_MAX_LENGTH });
  return reader.result({ on: on ?? '', text, attachments });
}
