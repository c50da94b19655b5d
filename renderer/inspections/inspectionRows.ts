/*
 * Rows of the inspection tables that exist only in the renderer's database (a photo holds
 * Blobs, which shared/ cannot know). The records themselves (Inspection, RectificationNotice,
 * AcceptanceSurvey) are shared/inspection's.
 */

/** A photo of an inspection, downscaled, with its thumbnail. */
export interface InspectionPhoto {
  readonly id: string;
  /** The inspection's id, or `draftOwner(formKey)` while the entry form is still open. */
  readonly ownerId: string;
  /** The file name the clerk picked, for the caption. */
  readonly name: string;
  readonly type: string;
  readonly width: number;
  readonly height: number;
  readonly blob: Blob;
  readonly thumbnail: Blob;
  readonly addedAt: number;
}

/** The last serial issued in a year: the next notice of that year gets `last + 1`. */
export interface NoticeCounter {
  readonly year: number;
  readonly last: number;
}

/** A form's values as last typed, so a closed window or a crash loses nothing. */
export interface EntryDraft {
  readonly id: string;
  readonly values: unknown;
  readonly savedAt: number;
}

/** The owner id photos carry while they belong to an unsaved form. */
export function draftOwner(formKey: string): string {
  return `draft:${formKey}`;
}
