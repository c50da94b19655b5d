/**
 * The records of an estate's owners' self-government (plan 5's goal, plan 3's duties): the
 * preparatory group (筹备组) that the community helps form, the owners' assembly meetings
 * (业主大会会议), and the owners' committee (业主委员会) elected for a term (届). All dates
 * are ISO `YYYY-MM-DD` days; codes are stable and their labels live in the locale files.
 */

/** 首次业主大会 / 定期会议 / 临时会议. */
export const MEETING_KINDS = ['first', 'regular', 'extraordinary'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** 主任 / 副主任 / 委员. */
export const MEMBER_ROLES = ['chair', 'viceChair', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Why a member left the committee before the term ended: 辞职 or 罢免. */
export const LEAVE_REASONS = ['resigned', 'removed'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

interface Stored {
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface PreparatoryGroupFields {
  readonly estateId: string;
  readonly formedOn: string;
  /** Names as the group's notice lists them. */
  readonly members: readonly string[];
  /** The community residents' committee's person in the group. */
  readonly communityRepresentative: string;
  readonly notes: string;
}
export interface PreparatoryGroup extends PreparatoryGroupFields, Stored {}

export interface AssemblyMeetingFields {
  readonly estateId: string;
  readonly kind: MeetingKind;
  readonly heldOn: string;
  readonly convenedBy: string;
  /** Owners who took part (in person or by written vote); blank when not recorded. */
  readonly attendingOwners: number | null;
  /** Share of all owners taking part, in per cent (0–100). */
  readonly ownerSharePercent: number | null;
  /** Share of the floor area their units make up, in per cent (0–100). */
  readonly areaSharePercent: number | null;
  readonly resolutions: string;
}
export interface AssemblyMeeting extends AssemblyMeetingFields, Stored {}

/**
 * One person's seat on the committee. A seat filled at the election has `joinedOn` null; a
 * by-election (补选) gives the day the member joined. Leaving early (辞职, 罢免) gives the day
 * and the reason. The member changes of a term are these dates: the roster on any day follows
 * from them, and nothing can disagree with the roster.
 */
export interface CommitteeMemberFields {
  readonly name: string;
  readonly role: MemberRole;
  readonly phone: string;
  readonly building: string;
  readonly room: string;
  readonly joinedOn: string | null;
  readonly leftOn: string | null;
  readonly leftReason: LeaveReason | null;
}
export interface CommitteeMember extends CommitteeMemberFields {
  /** Unique within its term; changes refer to it. */
  readonly id: string;
}

export interface CommitteeTermFields {
  readonly estateId: string;
  /** 第N届. */
  readonly termNumber: number;
  readonly electedOn: string;
  readonly startOn: string;
  /** The last day of the term (任期届满日期); the committee is in office through it. */
  readonly endOn: string;
  readonly filedOn: string | null;
  /** 备案号, as the street office or district wrote it. */
  readonly filingNumber: string;
  readonly notes: string;
}

/** A term with its roster: one aggregate, read and written whole. */
export interface CommitteeTerm extends CommitteeTermFields, Stored {
  readonly members: readonly CommitteeMember[];
}

/** Everything recorded about one estate's owners' self-government. */
export interface EstateCommitteeRecords {
  readonly groups: readonly Pick<PreparatoryGroupFields, 'formedOn'>[];
  readonly meetings: readonly Pick<AssemblyMeetingFields, 'heldOn' | 'kind'>[];
  readonly terms: readonly CommitteeTermLike[];
}

/** What status and coverage read of a term, so a district list without ids can be judged too. */
export type CommitteeTermLike = Pick<CommitteeTermFields, 'termNumber' | 'electedOn' | 'endOn' | 'filedOn'>;
