/** A file kept with a campaign record (a scanned return, a note's attachment), apart from the lists. */
export interface CampaignFile {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly blob: Blob;
  readonly addedAt: number;
}
