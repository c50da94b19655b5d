import type { CampaignTask, TaskDraft } from '../../shared/campaigns';
import type { Messages } from '../../shared/i18n/catalogs';
import type { ConflictView } from '../components/staleMerge';

/** The task form's fields: the responsible departments in one text, 、 between. */
export interface TaskValues {
  title: string;
  phase: string;
  dueOn: string;
  leadDepartment: string;
  responsibleDepartments: string;
  startedOn: string;
  doneOn: string;
}

export function taskFormValues(task: CampaignTask | null, firstPhase: string, { domain }: Pick<Messages, 'domain'>): TaskValues {
  return task
    ? { title: task.title, phase: task.phase, dueOn: task.dueOn, leadDepartment: task.leadDepartment, responsibleDepartments: task.responsibleDepartments.join(domain.enumeration), startedOn: task.startedOn ?? '', doneOn: task.doneOn ?? '' }
    : { title: '', phase: firstPhase, dueOn: '', leadDepartment: '', responsibleDepartments: '', startedOn: '', doneOn: '' };
}

export function taskDraft(campaignId: string, values: TaskValues): TaskDraft {
  return { ...values, campaignId, startedOn: values.startedOn || null, doneOn: values.doneOn || null };
}

/** A stale edit of a task: its fields under the form's labels (progress notes are appended, never merged). */
export function taskConflict(messages: Pick<Messages, 'campaigns' | 'domain'>): ConflictView<TaskValues, CampaignTask> {
  const t = messages.campaigns.task;
  return {
    valuesOf: (stored) => taskFormValues(stored, '', messages),
    labels: { title: t.title, phase: t.phase, dueOn: t.dueOn, leadDepartment: t.lead, responsibleDepartments: t.responsible, startedOn: t.startedOn, doneOn: t.doneOn },
  };
}
