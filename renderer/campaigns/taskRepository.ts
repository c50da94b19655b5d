import { validateNote, validateTask, type CampaignTask, type NoteDraft, type TaskDraft } from '../../shared/campaigns';
import { nameKey } from '../../shared/common/text';
import { mergeDraft } from '../db/mergeDraft';
import { refuse, validOrRefuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { assertEditedVersion } from '../db/staleEdit';
import { nextTimestamp } from '../db/timestamps';
import type { CampaignFile } from './campaignFile';
import { refOf } from './campaignFileRepository';
import { campaignNotFound, duplicateTitle } from './campaignProblems';

async function checkTask(db: StreetLedgerDb, campaignId: string, title: string, id: string | null): Promise<void> {
  if (!(await db.campaigns.get(campaignId))) refuse(campaignNotFound('campaign'));
  const siblings = await db.campaignTasks.where('campaignId').equals(campaignId).toArray();
  if (siblings.some((t) => t.id !== id && nameKey(t.title) === nameKey(title))) refuse(duplicateTitle(title));
}

export async function createTask(db: StreetLedgerDb, draft: TaskDraft): Promise<CampaignTask> {
  const fields = validOrRefuse(validateTask(draft));
  const at = nextTimestamp();
  const row: CampaignTask = { ...fields, id: newId(), notes: [], createdAt: at, updatedAt: at };
  return db.transaction('rw', [db.campaigns, db.campaignTasks], async () => {
    await checkTask(db, fields.campaignId, fields.title, null);
    await db.campaignTasks.add(row);
    return row;
  });
}

/** `edited`: the `updatedAt` the form showed; a save over a later write is refused. */
export async function updateTask(db: StreetLedgerDb, id: string, changes: TaskDraft, edited?: number): Promise<CampaignTask> {
  return db.transaction('rw', [db.campaigns, db.campaignTasks], async () => {
    const stored = await db.campaignTasks.get(id);
    if (!stored) return refuse(campaignNotFound('task'));
    assertEditedVersion(stored, edited);
    const { campaignId, title, phase, dueOn, leadDepartment, responsibleDepartments, startedOn, doneOn } = stored;
    const fields = validOrRefuse(validateTask(mergeDraft({ campaignId, title, phase, dueOn, leadDepartment, responsibleDepartments, startedOn, doneOn }, { ...changes, campaignId })));
    await checkTask(db, fields.campaignId, fields.title, id);
    const row: CampaignTask = { ...stored, ...fields, updatedAt: nextTimestamp(stored.updatedAt) };
    await db.campaignTasks.put(row);
    return row;
  });
}

/** Adds a dated progress note with its files (already read into rows), all in one transaction. */
export async function addProgressNote(db: StreetLedgerDb, taskId: string, draft: NoteDraft, files: readonly CampaignFile[] = []): Promise<CampaignTask> {
  const note = validOrRefuse(validateNote(draft, files.map(refOf)));
  return db.transaction('rw', [db.campaignTasks, db.campaignFiles], async () => {
    const stored = await db.campaignTasks.get(taskId);
    if (!stored) return refuse(campaignNotFound('task'));
    await db.campaignFiles.bulkAdd([...files]);
    const notes = [...stored.notes, note].sort((a, b) => a.on.localeCompare(b.on));
    const row: CampaignTask = { ...stored, notes, updatedAt: nextTimestamp(stored.updatedAt) };
    await db.campaignTasks.put(row);
    return row;
  });
}

export async function deleteTask(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', [db.campaignTasks, db.campaignFiles], async () => {
    const stored = await db.campaignTasks.get(id);
    if (!stored) refuse(campaignNotFound('task'));
    await db.campaignFiles.bulkDelete(stored.notes.flatMap((n) => n.attachments.map((a) => a.fileId)));
    await db.campaignTasks.delete(id);
  });
}

/** A campaign's tasks by deadline. */
export async function listTasks(db: StreetLedgerDb, campaignId: string): Promise<CampaignTask[]> {
  const rows = await db.campaignTasks.where('campaignId').equals(campaignId).toArray();
  return rows.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'zh-CN'));
}
