import { CAMPAIGN_INSPECTION_KINDS, type CampaignDossier } from '../../shared/campaigns';
import type { Inspection } from '../../shared/inspections';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';

/** One campaign with everything about it, read in one transaction so the parts agree. */
export async function campaignDossier(db: StreetLedgerDb, campaignId: string): Promise<CampaignDossier | null> {
  return db.transaction(
    'r',
    [db.campaigns, db.communities, db.estates, db.campaignTasks, db.campaignReturns, db.campaignFilings, db.campaignFunds, db.campaignPayments, db.inspections, db.notices, db.assemblyMeetings, db.surveys],
    async () => {
      const campaign = await db.campaigns.get(campaignId);
      if (!campaign) return null;
      const estateIds = [...campaign.estateIds];
      const [communities, estateRows, tasks, returns, filings, funds, payments, inspectionRows, meetings, surveys] = await Promise.all([
        db.communities.toArray(),
        db.estates.bulkGet(estateIds),
        db.campaignTasks.where('campaignId').equals(campaignId).toArray(),
        db.campaignReturns.where('campaignId').equals(campaignId).toArray(),
        db.campaignFilings.where('campaignId').equals(campaignId).toArray(),
        db.campaignFunds.where('campaignId').equals(campaignId).toArray(),
        db.campaignPayments.where('campaignId').equals(campaignId).toArray(),
        db.inspections.bulkGet([...campaign.inspectionIds]),
        db.assemblyMeetings.where('estateId').anyOf(estateIds).toArray(),
        db.surveys.where('estateId').anyOf(estateIds).toArray(),
      ]);
      const inspections = inspectionRows.flatMap((i) => (i ? [i] : []));
      const notices = inspections.length === 0 ? [] : await db.notices.where('inspectionId').anyOf(inspections.map((i) => i.id)).toArray();
      return {
        campaign,
        communities: communities.map(({ id, name }) => ({ id, name })),
        estates: estateRows.flatMap((e) => (e ? [e] : [])),
        tasks: tasks.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'zh-CN')),
        returns: returns.sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
        filings,
        funds,
        payments,
        inspections,
        notices,
        meetings,
        surveys,
      };
    },
  );
}

/** Every campaign's dossier, for the home page's deadlines. */
export async function allCampaignDossiers(db: StreetLedgerDb): Promise<CampaignDossier[]> {
  const campaigns = await db.campaigns.toArray();
  const dossiers = await Promise.all(campaigns.map((c) => campaignDossier(db, c.id)));
  return dossiers.flatMap((d) => (d ? [d] : []));
}

/** The inspections that may be tied to a campaign: 专项检查 and 企业自查 of its estates, newest first. */
export async function tieableInspections(db: StreetLedgerDb, estateIds: readonly string[]): Promise<Inspection[]> {
  const rows = await db.inspections.where('estateId').anyOf([...estateIds]).toArray();
  return rows.filter((i) => CAMPAIGN_INSPECTION_KINDS.includes(i.kind)).sort((a, b) => b.inspectedOn.localeCompare(a.inspectedOn));
}
