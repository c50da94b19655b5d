import { validateCampaign, type Campaign, type CampaignDraft, type CampaignFields } from '../../shared/campaigns';
import { nameKey } from '../../shared/common/text';
import { mergeDraft } from '../db/mergeDraft';
import { refuse, validOrRefuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { assertEditedVersion } from '../db/staleEdit';
import { nextTimestamp } from '../db/timestamps';
import { campaignHasRecords, campaignNotFound, duplicateCampaign, unknownEstateId } from './campaignProblems';

/** The identity of a campaign across files and installations: its name (as a key) and year. */
export function campaignKey(campaign: Pick<CampaignFields, 'name' | 'year'>): string {
  return `${nameKey(campaign.name)}\u0001${campaign.year}`;
}

async function checkCampaign(db: StreetLedgerDb, fields: CampaignFields, id: string | null): Promise<void> {
  const sameYear = await db.campaigns.where('year').equals(fields.year).toArray();
  if (sameYear.some((c) => c.id !== id && campaignKey(c) === campaignKey(fields))) refuse(duplicateCampaign(fields.name, fields.year));
  const estates = await db.estates.bulkGet([...fields.estateIds]);
  const gone = fields.estateIds.find((_, i) => estates[i] === undefined);
  if (gone !== undefined) refuse(unknownEstateId(gone));
}

export async function createCampaign(db: StreetLedgerDb, draft: CampaignDraft): Promise<Campaign> {
  const fields = validOrRefuse(validateCampaign(draft));
  const at = nextTimestamp();
  const row: Campaign = { ...fields, id: newId(), createdAt: at, updatedAt: at };
  return db.transaction('rw', [db.campaigns, db.estates], async () => {
    await checkCampaign(db, fields, null);
    await db.campaigns.add(row);
    return row;
  });
}

/** `edited`: the `updatedAt` the form showed; a save over a later write is refused. */
export async function updateCampaign(db: StreetLedgerDb, id: string, changes: CampaignDraft, edited?: number): Promise<Campaign> {
  return db.transaction('rw', [db.campaigns, db.estates], async () => {
    const stored = await db.campaigns.get(id);
    if (!stored) return refuse(campaignNotFound('campaign'));
    assertEditedVersion(stored, edited);
    const { id: _id, createdAt: _c, updatedAt: _u, ...editable } = stored;
    const fields = validOrRefuse(validateCampaign(mergeDraft(editable, changes)));
    await checkCampaign(db, fields, id);
    const row: Campaign = { ...stored, ...fields, updatedAt: nextTimestamp(stored.updatedAt) };
    await db.campaigns.put(row);
    return row;
  });
}

/** A campaign is deleted only once it holds nothing: tasks, returns and funds are the office's record. */
export async function deleteCampaign(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', [db.campaigns, db.campaignTasks, db.campaignReturns, db.campaignFunds, db.campaignPayments], async () => {
    if (!(await db.campaigns.get(id))) refuse(campaignNotFound('campaign'));
    const counts = await Promise.all([db.campaignTasks, db.campaignReturns, db.campaignFunds, db.campaignPayments].map((t) => t.where('campaignId').equals(id).count()));
    const held = counts.reduce((n, c) => n + c, 0);
    if (held > 0) refuse(campaignHasRecords(held));
    await db.campaigns.delete(id);
  });
}

/** Ties an inspection (专项检查, 企业自查) to the campaign, or unties it: it then counts toward the campaign's returns and goals. */
export async function tieInspection(db: StreetLedgerDb, campaignId: string, inspectionId: string, tied: boolean): Promise<Campaign> {
  return db.transaction('rw', [db.campaigns, db.inspections], async () => {
    const stored = await db.campaigns.get(campaignId);
    if (!stored) return refuse(campaignNotFound('campaign'));
    if (tied && !(await db.inspections.get(inspectionId))) refuse({ field: 'inspection', code: 'notFound' });
    const others = stored.inspectionIds.filter((i) => i !== inspectionId);
    const row: Campaign = { ...stored, inspectionIds: tied ? [...others, inspectionId] : others, updatedAt: nextTimestamp(stored.updatedAt) };
    await db.campaigns.put(row);
    return row;
  });
}

/** Every campaign, newest year first, then by name. */
export async function listCampaigns(db: StreetLedgerDb): Promise<Campaign[]> {
  const rows = await db.campaigns.toArray();
  return rows.sort((a, b) => b.year - a.year || a.name.localeCompare(b.name, 'zh-CN'));
}
