import type { Community, Estate } from '../../estates';
import type { ExistingRecord } from '../../exchange/diff';
import type { StoredLedger } from '../../exchange/recordKind';
import type { Campaign } from '../campaign';
import type { CampaignRow } from './campaignMapping';
import type { FilingRow } from './filingMapping';
import type { FundRow, PaymentRow } from './fundMappings';
import type { ReturnRow, TaskRow } from './itemMappings';

/** The stored campaign records as the rows a sheet would give for them, naming campaigns and estates by name. */

interface Names {
  readonly campaign: (id: string) => Campaign | undefined;
  readonly estate: (id: string) => { community: string; estate: string } | undefined;
}

export function namesOf(ledger: Pick<StoredLedger, 'communities' | 'estates' | 'campaigns'> | { communities: readonly Community[]; estates: readonly Estate[]; campaigns: readonly Campaign[] }): Names {
  const communityName = new Map(ledger.communities.map((c) => [c.id, c.name]));
  const estates = new Map(ledger.estates.map((e) => [e.id, { community: communityName.get(e.communityId) ?? '', estate: e.name }]));
  const campaigns = new Map(ledger.campaigns.map((c) => [c.id, c]));
  return { campaign: (id) => campaigns.get(id), estate: (id) => estates.get(id) };
}

export function existingCampaigns(ledger: StoredLedger): ExistingRecord<CampaignRow>[] {
  const names = namesOf(ledger);
  return ledger.campaigns.map((c) => {
    const { id, estateIds, inspectionIds: _i, createdAt: _c, updatedAt: _u, ...fields } = c;
    return { id, value: { ...fields, estates: estateIds.flatMap((e) => names.estate(e) ?? []) } };
  });
}

export function existingTasks(ledger: StoredLedger): ExistingRecord<TaskRow>[] {
  const names = namesOf(ledger);
  return ledger.campaignTasks.flatMap((t) => {
    const campaign = names.campaign(t.campaignId);
    if (!campaign) return [];
    const { id, campaignId: _c, notes: _n, createdAt: _ca, updatedAt: _u, ...fields } = t;
    return [{ id, value: { campaign: campaign.name, year: campaign.year, ...fields } }];
  });
}

export function existingReturns(ledger: StoredLedger): ExistingRecord<ReturnRow>[] {
  const names = namesOf(ledger);
  return ledger.campaignReturns.flatMap((r) => {
    const campaign = names.campaign(r.campaignId);
    if (!campaign) return [];
    const { id, campaignId: _c, createdAt: _ca, updatedAt: _u, ...fields } = r;
    return [{ id, value: { campaign: campaign.name, year: campaign.year, ...fields } }];
  });
}

export function existingFilings(ledger: StoredLedger): ExistingRecord<FilingRow>[] {
  const names = namesOf(ledger);
  const returns = new Map(ledger.campaignReturns.map((r) => [r.id, r]));
  return ledger.campaignFilings.flatMap((f) => {
    const item = returns.get(f.returnId);
    const campaign = item ? names.campaign(item.campaignId) : undefined;
    if (!item || !campaign) return [];
    const place = f.party.kind === 'estate' ? names.estate(f.party.estateId) : undefined;
    if (f.party.kind === 'estate' && !place) return [];
    return [{
      id: f.id,
      value: { campaign: campaign.name, year: campaign.year, title: item.title, community: place?.community ?? '', estate: place?.estate ?? '', company: f.party.kind === 'company' ? f.party.name : '', receivedOn: f.receivedOn, note: f.note },
    }];
  });
}

export function existingFunds(ledger: StoredLedger): ExistingRecord<FundRow>[] {
  const names = namesOf(ledger);
  return ledger.campaignFunds.flatMap((f) => {
    const campaign = names.campaign(f.campaignId);
    const place = names.estate(f.estateId);
    if (!campaign || !place) return [];
    return [{ id: f.id, value: { campaign: campaign.name, year: campaign.year, ...place, plannedFen: f.plannedFen, shares: f.shares } }];
  });
}

export function existingPayments(ledger: StoredLedger): ExistingRecord<PaymentRow>[] {
  const names = namesOf(ledger);
  return ledger.campaignPayments.flatMap((p) => {
    const campaign = names.campaign(p.campaignId);
    const place = names.estate(p.estateId);
    if (!campaign || !place) return [];
    const { id, campaignId: _c, estateId: _e, createdAt: _ca, updatedAt: _u, ...fields } = p;
    return [{ id, value: { campaign: campaign.name, year: campaign.year, ...place, ...fields } }];
  });
}
