import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { newId } from '../db/StreetLedgerDb';
import { refuse } from '../db/problems';
import { nextTimestamp } from '../db/timestamps';
import { complaintNotFound } from './complaintRepository';
import type { ComplaintAttachment } from './complaintRows';

/** Attachments (photos, scanned letters) kept with a complaint: its count on the complaint, in the same transaction. */

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export async function addAttachment(db: StreetLedgerDb, complaintId: string, file: { name: string; type: string; blob: Blob }): Promise<ComplaintAttachment> {
  if (file.blob.size > MAX_ATTACHMENT_BYTES) refuse({ field: 'attachment', code: 'photoTooLarge', params: { name: file.name, max: MAX_ATTACHMENT_BYTES / 1024 / 1024 } });
  return db.transaction('rw', [db.complaints, db.complaintAttachments], async () => {
    const complaint = await db.complaints.get(complaintId);
    if (!complaint) return refuse(complaintNotFound());
    const row: ComplaintAttachment = { id: newId(), complaintId, name: file.name, type: file.type, size: file.blob.size, blob: file.blob, addedAt: nextTimestamp() };
    await db.complaintAttachments.add(row);
    await db.complaints.put({ ...complaint, attachmentCount: complaint.attachmentCount + 1, updatedAt: nextTimestamp(complaint.updatedAt) });
    return row;
  });
}

export async function removeAttachment(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', [db.complaints, db.complaintAttachments], async () => {
    const row = await db.complaintAttachments.get(id);
    if (!row) return;
    await db.complaintAttachments.delete(id);
    const complaint = await db.complaints.get(row.complaintId);
    if (complaint) await db.complaints.put({ ...complaint, attachmentCount: Math.max(0, complaint.attachmentCount - 1), updatedAt: nextTimestamp(complaint.updatedAt) });
  });
}

export function listAttachments(db: StreetLedgerDb, complaintId: string): Promise<ComplaintAttachment[]> {
  return db.complaintAttachments.where('complaintId').equals(complaintId).sortBy('addedAt');
}
