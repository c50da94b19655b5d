import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { summariseCampaign, type Campaign, type CampaignDossier, type CampaignSummary } from '../../shared/campaigns';
import { useDb } from '../db/DbContext';
import { allCampaignDossiers, campaignDossier } from './campaignQueries';
import { listCampaigns } from './campaignRepository';

/*
 * Live reads of the campaign tables: `undefined` while the first read is pending, then
 * re-rendered whenever a campaign or anything it reads changes.
 */

export function useCampaigns(): Campaign[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listCampaigns(db), [db]);
}

/** One campaign's dossier; `null` once it is known not to exist. */
export function useCampaignDossier(campaignId: string): CampaignDossier | null | undefined {
  const db = useDb();
  return useLiveQuery(() => campaignDossier(db, campaignId), [db, campaignId]);
}

export interface SummarisedCampaign {
  readonly campaign: Campaign;
  readonly dossier: CampaignDossier;
  readonly summary: CampaignSummary;
}

/** Every campaign summarised on `day`: the list page and the home page's deadlines. */
export function useCampaignSummaries(day: string): SummarisedCampaign[] | undefined {
  const db = useDb();
  const dossiers = useLiveQuery(() => allCampaignDossiers(db), [db]);
  return useMemo(() => dossiers?.map((dossier) => ({ campaign: dossier.campaign, dossier, summary: summariseCampaign(dossier, day) })), [dossiers, day]);
}
