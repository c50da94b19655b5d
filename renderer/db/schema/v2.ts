import type { SchemaVersion } from './schemaVersion';

/**
 * Version 2: owners' assemblies and committees (issue 4). Three new tables, nothing in v1's
 * rows changes, so no upgrade function: an old database opens with them empty.
 *
 * A committee term keeps its members inside its own row, not in a members table: the roster
 * is only ever read and written with its term (the term page, its filing, its export row
 * group), a term seats five to a dozen people, and one row per term makes every roster change
 * a single put that can never leave a member pointing at a deleted term. Member changes
 * (by-election, resignation, removal) are the members' own join and leave dates, so the roster
 * on any day follows from the row and no separate change log can disagree with it.
 *
 * Indexed: `estateId` everywhere (an estate's records, and the refusal to delete an estate
 * that has some), and `&[estateId+termNumber]` so an estate cannot have two 第二届.
 */
export const v2 = {
  version: 2,
  stores: {
    preparatoryGroups: 'id, estateId',
    assemblyMeetings: 'id, estateId',
    committeeTerms: 'id, estateId, &[estateId+termNumber]',
  },
} as const satisfies SchemaVersion;

/*
 * Row shapes as version 2 writes them, frozen for later migration tests (see v1.ts).
 */
export interface V2PreparatoryGroupRow {
  id: string;
  estateId: string;
  formedOn: string;
  members: string[];
  communityRepresentative: string;
  notes: string;
  createdAt: number;
  updatedAt: number;
}

export interface V2AssemblyMeetingRow {
  id: string;
  estateId: string;
  kind: 'first' | 'regular' | 'extraordinary';
  heldOn: string;
  convenedBy: string;
  attendingOwners: number | null;
  ownerSharePercent: number | null;
  areaSharePercent: number | null;
  resolutions: string;
  createdAt: number;
  updatedAt: number;
}

export interface V2CommitteeMemberRow {
  id: string;
  name: string;
  role: 'chair' | 'viceChair' | 'member';
  phone: string;
  building: string;
  room: string;
  joinedOn: string | null;
  leftOn: string | null;
  leftReason: 'resigned' | 'removed' | null;
}

export interface V2CommitteeTermRow {
  id: string;
  estateId: string;
  termNumber: number;
  electedOn: string;
  startOn: string;
  endOn: string;
  filedOn: string | null;
  filingNumber: string;
  notes: string;
  members: V2CommitteeMemberRow[];
  createdAt: number;
  updatedAt: number;
}
