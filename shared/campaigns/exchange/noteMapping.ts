import { compositeKey } from '../../common/compositeKey';
import type { Problem, Validated } from '../../common/problem';
import { nameKey } from '../../common/text';
import { dateCell } from '../../committees';
import type { ExistingRecord } from '../../exchange/diff';
import { numberCell, textCell } from '../../exchange/export/cells';
import type { SheetSpec } from '../../exchange/export/xlsxFile';
import type { StoredLedger } from '../../exchange/recordKind';
import { Problems } from '../../inspections';
import { NOTE_MAX_LENGTH } from '../fields';
import { campaignLabel, campaignMapping, campaignRowKey, readCampaignNamed, type CampaignNamed } from './campaignRef';
import { namesOf } from './existing';

/**
 * A task's progress notes (进展情况) as rows of their own: one per note, keyed by its task (the
 * campaign's name and year and the task's title) and its place among the task's notes. A note's
 * files are not in the workbook (backups hold them): an import keeps the files of the notes it
 * updates, and a note it adds has none.
 */
export type TaskNoteRow = CampaignNamed & {
  readonly task: string;
  readonly order: number;
  readonly on: string;
  readonly text: string;
};

export function taskRowKey(campaign: string, year: number, title: string): string {
  return compositeKey(campaignRowKey(campaign, year), nameKey(title));
}

export const taskNotesMapping = campaignMapping<TaskNoteRow>({
  kind: 'campaignNotes',
  fields: [
    { key: 'task', kind: 'text', required: true, synonyms: ['所属任务'] },
    { key: 'order', kind: 'count', required: true, synonyms: ['记录序号'] },
    { key: 'on', kind: 'date', required: true, synonyms: ['进展日期'] },
    { key: 'text', kind: 'text', synonyms: ['进展情况', '工作进展'] },
  ],
  minFields: 5,
  validate(draft): Validated<TaskNoteRow> {
    const list: Problem[] = [];
    const named = readCampaignNamed(draft, list);
    const problems = new Problems();
    problems.list.push(...list);
    const task = problems.text('task', draft.task, { required: true });
    const order = problems.numberIn('order', draft.order, 1, 10_000, { required: true, whole: true }) ?? 1;
    const on = problems.date('on', draft.on, { required: true });
    const text = problems.paragraph('text', draft.text, { max: NOTE_MAX_LENGTH });
    return problems.result({ ...named, task, order, on: on ?? '', text });
  },
  identity: (value) => ({ key: compositeKey(taskRowKey(value.campaign, value.year, value.task), value.order), field: 'order', label: campaignLabel(value, value.task, String(value.order)) }),
  references: (value) => [{ kind: 'campaignTasks', key: taskRowKey(value.campaign, value.year, value.task), problem: { field: 'task', code: 'notFound' } }],
  diffFields: ['on', 'text'],
});

export const TASK_NOTE_SHEET = '任务进展';

/** The stored tasks' notes as rows; a note's id is its task's and its place. */
export function existingTaskNotes(ledger: StoredLedger): ExistingRecord<TaskNoteRow>[] {
  const names = namesOf(ledger);
  return ledger.campaignTasks.flatMap((t) => {
    const campaign = names.campaign(t.campaignId);
    if (!campaign) return [];
    return t.notes.map((note, i) => ({ id: `${t.id}#${i + 1}`, value: { campaign: campaign.name, year: campaign.year, task: t.title, order: i + 1, on: note.on, text: note.text } }));
  });
}

export function taskNoteSheet(rows: readonly ExistingRecord<TaskNoteRow>[]): SheetSpec {
  const header = taskNotesMapping.fields.map((f) => textCell(f.synonyms[0]));
  const body = rows.map(({ value: n }) => [textCell(n.campaign), numberCell(n.year), textCell(n.task), numberCell(n.order), dateCell(n.on), textCell(n.text)]);
  return { name: TASK_NOTE_SHEET, rows: [header, ...body], freezeRows: 1 };
}
