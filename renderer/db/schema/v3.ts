import type { SchemaVersion } from './schemaVersion';

/**
 * Version 3: inspections, their photos, rectification notices with their per-year counter,
 * acceptance surveys, and the entry form's drafts. New tables only: nothing earlier changes,
 * so there is no upgrade function.
 *
 * - inspections: by estate (the estate page, the estate-delete guard, a community's ledger via
 *   its estate ids), by date (the ledger's date range and order) and kind.
 * - inspectionPhotos: a table of their own, so listing inspections never reads a photo Blob;
 *   `ownerId` is the inspection's id, or a draft key while the entry form is open.
 * - notices: `&[year+serial]` makes a number impossible to issue twice even if a writer got
 *   past the counter; `[status+deadline]` answers "open and past its deadline" (逾期) from the
 *   index alone.
 * - noticeCounters: the last serial issued per year. Only ever counts up, so a deleted notice's
 *   number is never issued again.
 * - surveys: by estate and date (the latest survey is the estate's standing).
 * - entryDrafts: what the entry form holds, saved as it is typed, by form key.
 */
export const v3 = {
  version: 3,
  stores: {
    inspections: 'id, estateId, inspectedOn, kind, updatedAt',
    inspectionPhotos: 'id, ownerId',
    notices: 'id, &[year+serial], estateId, inspectionId, issuedOn, status, [status+deadline]',
    noticeCounters: 'year',
    surveys: 'id, estateId, surveyedOn',
    entryDrafts: 'id',
  },
} as const satisfies SchemaVersion;

/*
 * Row shapes as version 3 writes them, frozen here for later migration tests (see v1.ts).
 */
export interface V3CategoryCheck {
  result: 'pass' | 'problem' | 'notApplicable';
  note: string;
  mark: number | null;
}

export interface V3InspectionRow {
  id: string;
  estateId: string;
  inspectedOn: string;
  time: string;
  kind: string;
  inspectors: string[];
  categories: Record<'publicOrder' | 'sanitation' | 'security' | 'facilities' | 'greening' | 'other', V3CategoryCheck>;
  score: number | null;
  findings: string;
  photoCount: number;
  createdAt: number;
  updatedAt: number;
}

export interface V3InspectionPhotoRow {
  id: string;
  ownerId: string;
  name: string;
  type: string;
  width: number;
  height: number;
  blob: Blob;
  thumbnail: Blob;
  addedAt: number;
}

export type V3NoticeEvent =
  | { type: 'reported'; on: string; note: string }
  | { type: 'rechecked'; on: string; passed: boolean; note: string; newDeadline: string | null }
  | { type: 'escalated'; on: string; escalation: string; note: string };

export interface V3NoticeRow {
  id: string;
  estateId: string;
  inspectionId: string | null;
  issuedOn: string;
  responsibleParty: string;
  items: { category: string; text: string }[];
  deadline: string;
  originalDeadline: string;
  status: 'pending' | 'reported' | 'reopened' | 'closed';
  events: V3NoticeEvent[];
  closedOn: string | null;
  year: number;
  serial: number;
  number: string;
  createdAt: number;
  updatedAt: number;
}

export interface V3NoticeCounterRow {
  year: number;
  last: number;
}

export interface V3SurveyRow {
  id: string;
  estateId: string;
  surveyedOn: string;
  surveyed: number;
  satisfied: number;
  note: string;
  threshold: number;
  createdAt: number;
  updatedAt: number;
}

export interface V3EntryDraftRow {
  id: string;
  values: unknown;
  savedAt: number;
}
