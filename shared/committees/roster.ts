import type { CommitteeMemberFields, CommitteeTermFields, LeaveReason } from './types';

type Seat = Pick<CommitteeMemberFields, 'joinedOn' | 'leftOn'>;

/** Whether a member sits on the committee on `date`: joined by then and not yet left. */
export function sitsOn(term: Pick<CommitteeTermFields, 'electedOn' | 'endOn'>, member: Seat, date: string): boolean {
  const from = member.joinedOn ?? term.electedOn;
  return from <= date && (member.leftOn === null || member.leftOn > date) && date <= term.endOn;
}

/** The roster on `date`. */
export function rosterOn<M extends Seat>(term: Pick<CommitteeTermFields, 'electedOn' | 'endOn'>, members: readonly M[], date: string): M[] {
  return members.filter((m) => sitsOn(term, m, date));
}

export type MemberChangeKind = 'byElection' | LeaveReason;

export interface MemberChange<M> {
  readonly kind: MemberChangeKind;
  readonly date: string;
  readonly member: M;
}

/** The term's member changes (by-elections, resignations, removals) in date order. */
export function memberChanges<M extends Seat & Pick<CommitteeMemberFields, 'leftReason'>>(members: readonly M[]): MemberChange<M>[] {
  const changes: MemberChange<M>[] = [];
  for (const member of members) {
    if (member.joinedOn !== null) changes.push({ kind: 'byElection', date: member.joinedOn, member });
    if (member.leftOn !== null && member.leftReason !== null) changes.push({ kind: member.leftReason, date: member.leftOn, member });
  }
  return changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const ROLE_ORDER = { chair: 0, viceChair: 1, member: 2 } as const;

/** 主任, then 副主任, then 委员; within a role, those still serving before those who left. */
export function byRole<M extends Pick<CommitteeMemberFields, 'role' | 'leftOn'>>(a: M, b: M): number {
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || Number(a.leftOn !== null) - Number(b.leftOn !== null);
}
