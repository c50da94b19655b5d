import { EMPTY_LEDGER, type ExportLedger, type RecordKind, type StoredLedger } from '../exchange/recordKind';
import { campaignsMapping } from './exchange/campaignMapping';
import { existingCampaigns, existingFilings, existingFunds, existingPayments, existingReturns, existingTasks } from './exchange/existing';
import { filingsMapping } from './exchange/filingMapping';
import { fundsMapping, paymentsMapping } from './exchange/fundMappings';
import { returnsMapping, tasksMapping } from './exchange/itemMappings';
import { existingTaskNotes, taskNoteSheet, taskNotesMapping } from './exchange/noteMapping';
import { campaignSheet, filingSheet, fundSheet, paymentSheet, returnSheet, taskSheet } from './exchange/sheets';

/**
 * Campaigns and their tasks, returns, filings, funds and payments as record kinds: one batch
 * (专项行动), written campaigns first so the rows of the same file may name a campaign it adds.
 * A campaign is the same one when name and year agree; a task or return when its title in its
 * campaign does; a filing by its return and party; a fund by its estate; a payment by estate,
 * source, stage, day and amount; a task's progress note by its task and place. Files stay in the
 * app (the sheets carry no Blobs; backups hold them); tied inspections stay too.
 */

/** The export ledger with the parts it lacks empty, for the same stored-rows functions the diff uses. */
const stored = (ledger: ExportLedger): StoredLedger => ({ ...EMPTY_LEDGER, ...ledger }) as StoredLedger;
const CAMPAIGN_READS = ['communities', 'estates', 'campaigns'] as const;
/** A street without campaigns gets no campaign sheets: its full workbook stays as it was. */
const hasCampaigns = (ledger: ExportLedger): boolean => (ledger.campaigns?.length ?? 0) > 0;

export const campaignsKind: RecordKind<'campaigns'> = {
  key: 'campaigns',
  mapping: () => campaignsMapping,
  dependsOn: ['estates'],
  store: { table: 'campaigns', batch: 'campaigns', reads: [...CAMPAIGN_READS], existing: existingCampaigns },
  exportSheet: (ledger) => (hasCampaigns(ledger) && ledger.campaigns ? campaignSheet(existingCampaigns(stored(ledger))) : null),
};

export const campaignTasksKind: RecordKind<'campaignTasks'> = {
  key: 'campaignTasks',
  mapping: () => tasksMapping,
  dependsOn: ['campaigns'],
  store: { table: 'campaignTasks', batch: 'campaigns', reads: [...CAMPAIGN_READS, 'campaignTasks'], existing: existingTasks },
  exportSheet: (ledger) => (hasCampaigns(ledger) && ledger.campaignTasks ? taskSheet(existingTasks(stored(ledger))) : null),
};

export const campaignNotesKind: RecordKind<'campaignNotes'> = {
  key: 'campaignNotes',
  mapping: () => taskNotesMapping,
  dependsOn: ['campaignTasks'],
  store: { table: 'campaignTasks', batch: 'campaigns', reads: [...CAMPAIGN_READS, 'campaignTasks'], existing: existingTaskNotes },
  exportSheet: (ledger) => (hasCampaigns(ledger) && ledger.campaignTasks?.some((t) => t.notes.length > 0) ? taskNoteSheet(existingTaskNotes(stored(ledger))) : null),
};

export const campaignReturnsKind: RecordKind<'campaignReturns'> = {
  key: 'campaignReturns',
  mapping: () => returnsMapping,
  dependsOn: ['campaigns'],
  store: { table: 'campaignReturns', batch: 'campaigns', reads: [...CAMPAIGN_READS, 'campaignReturns'], existing: existingReturns },
  exportSheet: (ledger) => (hasCampaigns(ledger) && ledger.campaignReturns ? returnSheet(existingReturns(stored(ledger))) : null),
};

export const campaignFilingsKind: RecordKind<'campaignFilings'> = {
  key: 'campaignFilings',
  mapping: () => filingsMapping,
  dependsOn: ['campaigns', 'campaignReturns', 'estates'],
  store: { table: 'campaignFilings', batch: 'campaigns', reads: [...CAMPAIGN_READS, 'campaignReturns', 'campaignFilings'], existing: existingFilings },
  exportSheet: (ledger) => (hasCampaigns(ledger) && ledger.campaignFilings ? filingSheet(existingFilings(stored(ledger))) : null),
};

export const campaignFundsKind: RecordKind<'campaignFunds'> = {
  key: 'campaignFunds',
  mapping: () => fundsMapping,
  dependsOn: ['campaigns', 'estates'],
  store: { table: 'campaignFunds', batch: 'campaigns', reads: [...CAMPAIGN_READS, 'campaignFunds'], existing: existingFunds },
  exportSheet: (ledger) => (hasCampaigns(ledger) && ledger.campaignFunds ? fundSheet(existingFunds(stored(ledger))) : null),
};

export const campaignPaymentsKind: RecordKind<'campaignPayments'> = {
  key: 'campaignPayments',
  mapping: () => paymentsMapping,
  dependsOn: ['campaigns', 'estates'],
  store: { table: 'campaignPayments', batch: 'campaigns', reads: [...CAMPAIGN_READS, 'campaignPayments'], existing: existingPayments },
  exportSheet: (ledger) => (hasCampaigns(ledger) && ledger.campaignPayments ? paymentSheet(existingPayments(stored(ledger))) : null),
};
