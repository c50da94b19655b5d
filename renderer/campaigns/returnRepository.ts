import { partyKey, validateFiling, validateReturn, type CampaignReturn, type FilingDraft, type ReturnDraft, type ReturnFiling, type ReturnParty } from '../../shared/campaigns';
import { nameKey } from '../../shared/common/text';
import { mergeDraft } from '../db/mergeDraft';
import { refuse, validOrRefuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { nextTimestamp } from '../db/timestamps';
import type { CampaignFile } from './campaignFile';
import { refOf } from './campaignFileRepository';
import { campaignNotFound, duplicateFiling, duplicateTitle } from './campaignProblems';

async function checkReturn(db: StreetLedgerDb, campaignId: string, title: string, id: string | null): Promise<void> {
  if (!(await db.campaigns.get(campaignId))) refuse(campaignNotFound('campaign'));
  const siblings = await db.campaignReturns.where('campaignId').equals(campaignId).toArray();
  if (siblings.some((r) => r.id !== id && nameKey(r.title) === nameKey(title))) refuse(duplicateTitle(title));
}

export async function createReturn(db: StreetLedgerDb, draft: ReturnDraft): Promise<CampaignReturn> {
  const fields = validOrRefuse(validateReturn(draft));
  const at = nextTimestamp();
  const row: CampaignReturn = { ...fields, id: newId(), createdAt: at, updatedAt: at };
  return db.transaction('rw', [db.campaigns, db.campaignReturns], async () => {
    await checkReturn(db, fields.campaignId, fields.title, null);
    await db.campaignReturns.add(row);
    return row;
  });
}

export async function updateReturn(db: StreetLedgerDb, id: string, changes: ReturnDraft): Promise<CampaignReturn> {
  return db.transaction('rw', [db.campaigns, db.campaignReturns], async () => {
    const stored = await db.campaignReturns.get(id);
    if (!stored) return refuse(campaignNotFound('return'));
    const { campaignId, title, dueOn, partyKind, inspectionKinds } = stored;
    const fields = validOrRefuse(validateReturn(mergeDraft({ campaignId, title, dueOn, partyKind, inspectionKinds }, { ...changes, campaignId })));
    await checkReturn(db, campaignId, fields.title, id);
    const row: CampaignReturn = { ...stored, ...fields, updatedAt: nextTimestamp(stored.updatedAt) };
    await db.campaignReturns.put(row);
    return row;
  });
}

/** Deletes a return with its filings and their files. */
export async function deleteReturn(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', [db.campaignReturns, db.campaignFilings, db.campaignFiles], async () => {
    if (!(await db.campaignReturns.get(id))) refuse(campaignNotFound('return'));
    const filings = await db.campaignFilings.where('returnId').equals(id).toArray();
    await db.campaignFiles.bulkDelete(filings.flatMap((f) => (f.file ? [f.file.fileId] : [])));
    await db.campaignFilings.bulkDelete(filings.map((f) => f.id));
    await db.campaignReturns.delete(id);
  });
}

async function partyLabel(db: StreetLedgerDb, party: ReturnParty): Promise<string> {
  return party.kind === 'company' ? party.name : ((await db.estates.get(party.estateId))?.name ?? party.estateId);
}

/** Records that a party filed a return, with its file; a second filing of the same party is refused. */
export async function recordFiling(db: StreetLedgerDb, returnId: string, party: ReturnParty, draft: FilingDraft, file: CampaignFile | null = null): Promise<ReturnFiling> {
  const fields = validOrRefuse(validateFiling(returnId, party, draft, file ? refOf(file) : null));
  const at = nextTimestamp();
  return db.transaction('rw', [db.campaignReturns, db.campaignFilings, db.campaignFiles, db.estates], async () => {
    const item = await db.campaignReturns.get(returnId);
    if (!item) return refuse(campaignNotFound('return'));
    const key = partyKey(party);
    if (await db.campaignFilings.where('[returnId+partyKey]').equals([returnId, key]).first()) refuse(duplicateFiling(await partyLabel(db, party)));
    if (file) await db.campaignFiles.add(file);
    const row: ReturnFiling = { ...fields, id: newId(), campaignId: item.campaignId, partyKey: key, createdAt: at, updatedAt: at };
    await db.campaignFilings.add(row);
    return row;
  });
}

export async function deleteFiling(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', [db.campaignFilings, db.campaignFiles], async () => {
    const stored = await db.campaignFilings.get(id);
    if (!stored) return refuse(campaignNotFound('filing'));
    if (stored.file) await db.campaignFiles.delete(stored.file.fileId);
    await db.campaignFilings.delete(id);
  });
}
