import type { AttachmentRef } from '../../shared/campaigns';
import { refuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { campaignNotFound } from './campaignProblems';
import type { CampaignFile } from './campaignFile';

/** A scanned return of many pages fits; a film of a meeting does not belong in the ledger. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The file as the row that keeps it, read before the writing transaction (reading a Blob is not a database call). */
export function campaignFileOf(file: File, at: number): CampaignFile {
  if (file.size > MAX_FILE_BYTES) refuse({ field: 'file', code: 'photoTooLarge', params: { name: file.name, max: MAX_FILE_BYTES / 1024 / 1024 } });
  return { id: newId(), name: file.name, type: file.type, size: file.size, blob: file, addedAt: at };
}

export function refOf(file: CampaignFile): AttachmentRef {
  return { fileId: file.id, name: file.name };
}

export async function readCampaignFile(db: StreetLedgerDb, fileId: string): Promise<CampaignFile> {
  const file = await db.campaignFiles.get(fileId);
  return file ?? refuse(campaignNotFound('file'));
}
