import type { SchemaVersion } from './schemaVersion';

/**
 * Version 7: complaints and petitions (issue 11). New tables only: nothing earlier changes, so
 * there is no upgrade function.
 *
 * - complaints: `&[year+serial]` makes a number impossible to issue twice (imported numbers of
 *   other registers have no serial and stay out of it); `number` and `workOrderNumber` find one
 *   by what a caller reads out; `[communityId+status]` answers the ledger's usual question (this
 *   community's open ones) from the index alone, `communityId`, `status` and `receivedOn` the
 *   single facets; `estateId` the estate's page and timeline; `*inspectionIds` which complaint an
 *   inspection (and so its notice) came from.
 * - complaintCounters: the last serial issued per year; it only counts up.
 * - complaintAttachments: photos and scans, apart so listing complaints never reads a Blob.
 */
export const v7 = {
  version: 7,
  stores: {
    complaints: 'id, &[year+serial], number, workOrderNumber, estateId, communityId, status, receivedOn, [communityId+status], *inspectionIds',
    complaintCounters: 'year',
    complaintAttachments: 'id, complaintId',
  },
} as const satisfies SchemaVersion;

/* Row shapes as version 7 writes them: `Complaint` in shared/complaints/complaint.ts and
 * `ComplaintAttachment` in renderer/complaints/complaintRows.ts, frozen here by copy when a
 * later version changes them. */
