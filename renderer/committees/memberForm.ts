import type { Dayjs } from 'dayjs';
import type { CommitteeMember, CommitteeTerm, LeaveReason, MemberRole } from '../../shared/committees/types';
import type { Messages } from '../../shared/i18n/catalogs';
import type { ConflictView } from '../components/staleMerge';
import type { CommitteeMemberDraft } from './committeeTermRepository';
import { fromPicker, toPicker } from './formDates';

/**
 * What the member form is for: a member elected with the term, a by-election (补选, with the
 * day), a correction, or a member leaving (辞职 / 罢免, with the day).
 */
export type MemberFormMode =
  | { readonly kind: 'add' }
  | { readonly kind: 'byElection' }
  | { readonly kind: 'edit'; readonly member: CommitteeMember }
  | { readonly kind: 'leave'; readonly member: CommitteeMember };

export interface MemberFormValues {
  name: string;
  role: MemberRole;
  phone: string;
  building: string;
  room: string;
  /** `undefined` when the mode does not show the field. */
  joinedOn: Dayjs | null | undefined;
  leftOn: Dayjs | null | undefined;
  leftReason: LeaveReason | null | undefined;
  /** 变更原因, when the settings ask for one (editing only). */
  reason?: string;
}

const editedMember = (mode: MemberFormMode): CommitteeMember | null => (mode.kind === 'edit' || mode.kind === 'leave' ? mode.member : null);

export function memberFormValues(member: CommitteeMember | null): MemberFormValues {
  return {
    name: member?.name ?? '',
    role: member?.role ?? 'member',
    phone: member?.phone ?? '',
    building: member?.building ?? '',
    room: member?.room ?? '',
    joinedOn: toPicker(member?.joinedOn),
    leftOn: toPicker(member?.leftOn),
    leftReason: member?.leftReason ?? null,
  };
}

export const memberFormValuesOf = (mode: MemberFormMode): MemberFormValues => memberFormValues(editedMember(mode));

/** Which of the dated fields the mode shows: a by-election's day, a leaving (or a recorded one). */
export function shownMemberDates(mode: MemberFormMode): { readonly joined: boolean; readonly left: boolean } {
  return {
    joined: mode.kind === 'byElection' || (mode.kind === 'edit' && mode.member.joinedOn !== null),
    left: mode.kind === 'leave' || (mode.kind === 'edit' && mode.member.leftOn !== null),
  };
}

/** The member as written: a date field the mode does not show is absent, and the stored value stays. */
export function memberDraft(values: Omit<MemberFormValues, 'reason'>): CommitteeMemberDraft {
  const picked = (value: Dayjs | null | undefined) => (value === undefined ? undefined : fromPicker(value));
  return { ...values, joinedOn: picked(values.joinedOn), leftOn: picked(values.leftOn) };
}

/**
 * A stale save of a member (the term is the record whose version is checked: any change to its
 * roster makes the save stale): the member's fields the form shows, roles and reasons by name.
 * A member no longer in the term has nothing to merge with.
 */
export function memberConflict({ domain, committees }: Pick<Messages, 'domain' | 'committees'>, mode: MemberFormMode): ConflictView<MemberFormValues, CommitteeTerm> | undefined {
  const member = editedMember(mode);
  if (member === null) return undefined;
  const f = domain.fields;
  const shown = shownMemberDates(mode);
  return {
    valuesOf: (term) => {
      const stored = term.members.find((m) => m.id === member.id);
      return stored === undefined ? undefined : memberFormValues(stored);
    },
    labels: {
      name: committees.term.memberName,
      role: f.role,
      phone: f.phone,
      building: f.building,
      room: f.room,
      ...(shown.joined ? { joinedOn: f.joinedOn } : {}),
      ...(shown.left ? { leftOn: f.leftOn, leftReason: f.leftReason } : {}),
    },
    display: (field, value) =>
      field === 'role' ? committees.role[value as MemberRole] : field === 'leftReason' ? committees.leaveReason[value as LeaveReason] : undefined,
  };
}
