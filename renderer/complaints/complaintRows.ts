/** The last serial issued in a year: the next complaint of that year gets `last + 1`. */
export interface ComplaintCounter {
  readonly year: number;
  readonly last: number;
}

/** A photo or scan of a complaint (a letter, a picture the caller sent). */
export interface ComplaintAttachment {
  readonly id: string;
  readonly complaintId: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly blob: Blob;
  readonly addedAt: number;
}
