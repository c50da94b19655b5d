import type { SchemaVersion } from './schemaVersion';

/**
 * Version 11: campaigns and work plans (专项行动 / 工作方案). Tasks, returns, filings, funds and
 * payments are each their own table, keyed to the campaign, so a campaign page reads one
 * campaign's rows through an index and an import writes them row by row. One filing per party
 * and return, one fund per estate and campaign, held by unique indexes. Files (scanned returns,
 * attachments of progress notes) are Blobs in their own table, never loaded with the lists.
 * Nothing stored before changes, so there is no upgrade.
 */
export const v11 = {
  version: 11,
  stores: {
    campaigns: 'id, year',
    campaignTasks: 'id, campaignId, dueOn',
    campaignReturns: 'id, campaignId, dueOn',
    campaignFilings: 'id, returnId, campaignId, &[returnId+partyKey]',
    campaignFunds: 'id, campaignId, estateId, &[campaignId+estateId]',
    campaignPayments: 'id, campaignId, estateId',
    campaignFiles: 'id',
  },
} as const satisfies SchemaVersion;
