import type { Problem, Validated } from '../common/problem';
import type { Draft } from '../estates';
import { addDays, addYears } from './calendar';
import { FieldReader } from './fieldReader';
import { parseLeaveReason, parseMeetingKind, parseMemberRole, parseNameList, parsePercent, parseTermNumber } from './parse';
import type {
  AssemblyMeetingFields,
  CommitteeMemberFields,
  CommitteeTermFields,
  PreparatoryGroupFields,
} from './types';

/** Local regulation puts a term at 3 to 5 years; the settings allow 1 to 10. */
export const TERM_YEARS_MIN = 1;
export const TERM_YEARS_MAX = 10;
/** A group lists a handful of people; a pasted paragraph is not a member list. */
export const GROUP_MEMBERS_MAX = 50;

type Raw = Readonly<Record<string, unknown>>;

export function validatePreparatoryGroup(draft: Draft<PreparatoryGroupFields>): Validated<PreparatoryGroupFields> {
  const read = new FieldReader(draft as Raw);
  const members = parseNameList(draft.members);
  if (members.length > GROUP_MEMBERS_MAX) read.add('members', 'tooMany', { max: GROUP_MEMBERS_MAX });
  if (members.some((name) => name.length > 100)) read.add('members', 'tooLong', { max: 100 });
  return read.result<PreparatoryGroupFields>({
    estateId: read.id('estateId'),
    formedOn: read.date('formedOn', true),
    members,
    communityRepresentative: read.name('communityRepresentative'),
    notes: read.paragraph('notes'),
  });
}

export function validateAssemblyMeeting(draft: Draft<AssemblyMeetingFields>): Validated<AssemblyMeetingFields> {
  const read = new FieldReader(draft as Raw);
  const value: AssemblyMeetingFields = {
    estateId: read.id('estateId'),
    kind: read.parsed('kind', parseMeetingKind, 'unknownMeetingKind', true) ?? 'regular',
    heldOn: read.date('heldOn', true),
    convenedBy: read.name('convenedBy'),
    attendingOwners: read.count('attendingOwners'),
    ownerSharePercent: read.parsed('ownerSharePercent', parsePercent, 'notAPercent', false),
    areaSharePercent: read.parsed('areaSharePercent', parsePercent, 'notAPercent', false),
    resolutions: read.paragraph('resolutions'),
  };
  return read.result(value);
}

/** A term as entered: its end may be given, or follow from a length in years (任期（年）). */
export type CommitteeTermDraft = Draft<CommitteeTermFields> & { readonly termYears?: unknown };

export interface TermRules {
  /** `committeeTermYears` from the settings: the length of a term whose end is not given. */
  readonly defaultTermYears: number;
}

/**
 * The default end of a term: `years` after its start, the same month and day, so a five-year
 * term from 2021-06-01 ends on 2026-06-01 (and one from 2024-02-29 on 2029-02-28).
 */
export function defaultTermEnd(startOn: string, years: number): string {
  return addYears(startOn, years);
}

export function validateCommitteeTerm(draft: CommitteeTermDraft, rules: TermRules): Validated<CommitteeTermFields> {
  const read = new FieldReader(draft as Raw);
  const estateId = read.id('estateId');
  const termNumber = read.parsed('termNumber', parseTermNumber, 'notATermNumber', true) ?? 0;
  const electedOn = read.date('electedOn', true);
  let startOn = read.date('startOn') ?? electedOn;
  if (electedOn !== '' && startOn !== '' && startOn < electedOn) {
    read.add('startOn', 'dateTooEarly', { earliest: electedOn });
    startOn = electedOn;
  }
  const termYears = read.count('termYears');
  if (termYears !== null && (termYears < TERM_YEARS_MIN || termYears > TERM_YEARS_MAX)) {
    read.add('termYears', 'outOfRange', { min: TERM_YEARS_MIN, max: TERM_YEARS_MAX });
  }
  const givenEnd = read.date('endOn');
  const endOn = givenEnd ?? (startOn === '' ? '' : defaultTermEnd(startOn, termYears ?? rules.defaultTermYears));
  if (givenEnd !== null && startOn !== '' && givenEnd <= startOn) {
    read.add('endOn', 'dateTooEarly', { earliest: addDays(startOn, 1) });
  }
  const filedOn = read.date('filedOn');
  if (filedOn !== null && electedOn !== '' && filedOn < electedOn) read.add('filedOn', 'dateTooEarly', { earliest: electedOn });
  const filingNumber = read.text('filingNumber', { max: 100 });
  // A filing number with no date would read as filed on no day; the deadline needs the day.
  if (filingNumber !== '' && filedOn === null && !read.problems.some((p) => p.field === 'filedOn')) read.add('filedOn', 'required');
  return read.result<CommitteeTermFields>({
    estateId,
    termNumber,
    electedOn,
    startOn,
    endOn,
    filedOn,
    filingNumber,
    notes: read.paragraph('notes'),
  });
}

export function validateCommitteeMember(draft: Draft<CommitteeMemberFields>): Validated<CommitteeMemberFields> {
  const read = new FieldReader(draft as Raw);
  const joinedOn = read.date('joinedOn');
  const leftOn = read.date('leftOn');
  const leftReason = read.parsed('leftReason', parseLeaveReason, 'unknownLeaveReason', false);
  const reported = (field: string) => read.problems.some((p) => p.field === field);
  // Leaving has a day and a reason, or neither.
  if (leftOn !== null && leftReason === null && !reported('leftReason')) read.add('leftReason', 'required');
  if (leftReason !== null && leftOn === null && !reported('leftOn')) read.add('leftOn', 'required');
  if (joinedOn !== null && leftOn !== null && leftOn < joinedOn) read.add('leftOn', 'dateTooEarly', { earliest: joinedOn });
  return read.result<CommitteeMemberFields>({
    name: read.name('name', true),
    role: read.parsed('role', parseMemberRole, 'unknownRole', true) ?? 'member',
    phone: read.text('phone', { max: 50 }),
    building: read.text('building', { max: 50 }),
    room: read.text('room', { max: 50 }),
    joinedOn,
    leftOn,
    leftReason,
  });
}

type TermDates = Pick<CommitteeTermFields, 'electedOn' | 'endOn'>;
type Seat = Pick<CommitteeMemberFields, 'name' | 'role' | 'joinedOn' | 'leftOn'>;

/** The days a member holds the seat: from the election (or by-election) to leaving or the term's end. */
function seatSpan(term: TermDates, member: Seat): { from: string; to: string } {
  return { from: member.joinedOn ?? term.electedOn, to: member.leftOn ?? term.endOn };
}

/**
 * Problems of one member within its term: joining or leaving outside the term, and a second
 * chair while another holds the chair. A chair who left on a day and the successor
 * by-elected that same day do not overlap: the handover is that day.
 */
export function memberInTermProblems(term: TermDates, member: Seat, others: readonly Seat[]): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['joinedOn', 'leftOn'] as const) {
    const day = member[field];
    if (day === null) continue;
    if (day < term.electedOn) problems.push({ field, code: 'dateTooEarly', params: { earliest: term.electedOn } });
    else if (day > term.endOn) problems.push({ field, code: 'dateTooLate', params: { latest: term.endOn } });
  }
  if (member.role === 'chair') {
    const mine = seatSpan(term, member);
    const clash = others.find((other) => {
      if (other.role !== 'chair') return false;
      const theirs = seatSpan(term, other);
      return mine.from < theirs.to && theirs.from < mine.to;
    });
    if (clash) problems.push({ field: 'role', code: 'twoChairs', params: { name: clash.name } });
  }
  return problems;
}

/** After a term's dates change: the first member whose by-election or leaving would fall outside. */
export function membersOutsideTerm(term: TermDates, members: readonly Seat[]): Problem[] {
  for (const member of members) {
    const days = [member.joinedOn, member.leftOn].filter((d): d is string => d !== null);
    if (days.some((d) => d < term.electedOn)) return [{ field: 'electedOn', code: 'memberOutsideTerm', params: { name: member.name } }];
    if (days.some((d) => d > term.endOn)) return [{ field: 'endOn', code: 'memberOutsideTerm', params: { name: member.name } }];
  }
  return [];
}
