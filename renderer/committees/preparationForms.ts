import type { Dayjs } from 'dayjs';
import type { AssemblyMeeting, MeetingKind, PreparatoryGroup } from '../../shared/committees/types';
import type { Messages } from '../../shared/i18n/catalogs';
import type { ConflictView } from '../components/staleMerge';
import type { AssemblyMeetingDraft, PreparatoryGroupDraft } from './committeePreparationRepository';
import { fromPicker, toPicker } from './formDates';

/** The preparatory group form (筹备组): the members in one text, as the list is written. */
export interface GroupFormValues {
  formedOn: Dayjs | null;
  members: string;
  communityRepresentative: string;
  notes: string;
}

export function groupFormValues(group: PreparatoryGroup | null, { domain }: Pick<Messages, 'domain'>): GroupFormValues {
  return {
    formedOn: toPicker(group?.formedOn),
    members: group ? domain.list(group.members) : '',
    communityRepresentative: group?.communityRepresentative ?? '',
    notes: group?.notes ?? '',
  };
}

export const groupDraft = (estateId: string, values: GroupFormValues): PreparatoryGroupDraft => ({ ...values, estateId, formedOn: fromPicker(values.formedOn) });

export function groupConflict(messages: Pick<Messages, 'domain'>): ConflictView<GroupFormValues, PreparatoryGroup> {
  const f = messages.domain.fields;
  return {
    valuesOf: (stored) => groupFormValues(stored, messages),
    labels: { formedOn: f.formedOn, communityRepresentative: f.communityRepresentative, members: f.members, notes: f.notes },
  };
}

/** The assembly meeting form: attendance as typed ("1,020", "68.5%"). */
export interface MeetingFormValues {
  kind: MeetingKind;
  heldOn: Dayjs | null;
  convenedBy: string;
  attendingOwners: string;
  ownerSharePercent: string;
  areaSharePercent: string;
  resolutions: string;
}

const text = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

export function meetingFormValues(meeting: AssemblyMeeting | null, defaultKind: MeetingKind): MeetingFormValues {
  return {
    kind: meeting?.kind ?? defaultKind,
    heldOn: toPicker(meeting?.heldOn),
    convenedBy: meeting?.convenedBy ?? '',
    attendingOwners: text(meeting?.attendingOwners),
    ownerSharePercent: text(meeting?.ownerSharePercent),
    areaSharePercent: text(meeting?.areaSharePercent),
    resolutions: meeting?.resolutions ?? '',
  };
}

export const meetingDraft = (estateId: string, values: MeetingFormValues): AssemblyMeetingDraft => ({ ...values, estateId, heldOn: fromPicker(values.heldOn) });

export function meetingConflict({ domain, committees }: Pick<Messages, 'domain' | 'committees'>): ConflictView<MeetingFormValues, AssemblyMeeting> {
  const f = domain.fields;
  return {
    valuesOf: (stored) => meetingFormValues(stored, stored.kind),
    labels: { kind: f.kind, heldOn: f.heldOn, convenedBy: f.convenedBy, attendingOwners: f.attendingOwners, ownerSharePercent: f.ownerSharePercent, areaSharePercent: f.areaSharePercent, resolutions: f.resolutions },
    display: (field, value) => (field === 'kind' ? committees.meetingKind[value as MeetingKind] : undefined),
  };
}
