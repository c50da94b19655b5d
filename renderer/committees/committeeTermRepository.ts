import type { CommitteeMember, CommitteeMemberFields, CommitteeTerm, CommitteeTermFields } from '../../shared/committees/types';
import {
  memberInTermProblems,
  membersOutsideTerm,
  validateCommitteeMember,
  validateCommitteeTerm,
  type CommitteeTermDraft,
  type TermRules,
} from '../../shared/committees/validation';
import { DomainError, type Problem } from '../../shared/common/problem';
import type { Draft } from '../../shared/estates';
import { committeeRecordMissing, estateOf } from './committeeRefusals';
import { mergeDraft } from '../db/mergeDraft';
import { guardUnique, refuse, validOrRefuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { nextTimestamp } from '../db/timestamps';
import type { ReasonFieldOf } from '../../shared/history';
import { requireReason, type ReasonedChange } from '../history';
import { assertEditedVersion } from '../db/staleEdit';

/*
 * Owners' committee terms with their rosters. A term and its members are one row (see
 * schema/v2.ts), so every change to either is one put inside one rw transaction.
 */

export type { CommitteeTermDraft } from '../../shared/committees/validation';
export type CommitteeMemberDraft = Draft<CommitteeMemberFields>;

function termFields(row: CommitteeTerm): CommitteeTermFields {
  const { estateId, termNumber, electedOn, startOn, endOn, filedOn, filingNumber, notes } = row;
  return { estateId, termNumber, electedOn, startOn, endOn, filedOn, filingNumber, notes };
}

function duplicateTermNumber(termNumber: number): Problem {
  return { field: 'termNumber', code: 'duplicateTermNumber', params: { termNumber } };
}

async function assertTermNumberFree(db: StreetLedgerDb, row: CommitteeTerm): Promise<void> {
  const clash = await db.committeeTerms.where('[estateId+termNumber]').equals([row.estateId, row.termNumber]).first();
  if (clash && clash.id !== row.id) refuse(duplicateTermNumber(row.termNumber));
}

/** Members checked one by one against those before them, so two chairs are caught. */
function validRoster(term: CommitteeTermFields, drafts: readonly CommitteeMemberDraft[]): CommitteeMember[] {
  const members: CommitteeMember[] = [];
  for (const draft of drafts) {
    const fields = validOrRefuse(validateCommitteeMember(draft));
    const problems = memberInTermProblems(term, fields, members);
    if (problems.length > 0) throw new DomainError(problems);
    members.push({ ...fields, id: newId() });
  }
  return members;
}

/**
 * A new term. `rules` carries the settings' default length, used when the draft gives
 * neither an end nor a length. `members` (from an import) are validated like a form's.
 */
export async function createCommitteeTerm(
  db: StreetLedgerDb,
  draft: CommitteeTermDraft,
  rules: TermRules,
  members: readonly CommitteeMemberDraft[] = [],
): Promise<CommitteeTerm> {
  const fields = validOrRefuse(validateCommitteeTerm(draft, rules));
  const at = nextTimestamp();
  const row: CommitteeTerm = { ...fields, members: validRoster(fields, members), id: newId(), createdAt: at, updatedAt: at };
  return guardUnique(
    () =>
      db.transaction('rw', db.estates, db.committeeTerms, async () => {
        await estateOf(db, row.estateId);
        await assertTermNumberFree(db, row);
        await db.committeeTerms.add(row);
        return row;
      }),
    () => duplicateTermNumber(row.termNumber),
  );
}

/**
 * Applies `changes` over the stored term (filing it is a change of `filedOn` and
 * `filingNumber`); fields left `undefined` keep their value, `endOn: null` re-derives the end
 * from the start and the length. Refused if a member's by-election or leaving would fall
 * outside the changed term.
 */
export async function updateCommitteeTerm(db: StreetLedgerDb, id: string, changes: CommitteeTermDraft, rules: TermRules, change: ReasonedChange<ReasonFieldOf<'committeeTerm'>> = {}): Promise<CommitteeTerm> {
  let attempted = 0;
  return guardUnique(
    () =>
      db.transaction('rw', db.estates, db.committeeTerms, async () => {
        const stored = await db.committeeTerms.get(id);
        if (!stored) return refuse(committeeRecordMissing('term'));
        assertEditedVersion(stored, change.edited);
        const merged: CommitteeTermDraft = { ...mergeDraft(termFields(stored), changes), termYears: changes.termYears };
        const fields = validOrRefuse(validateCommitteeTerm(merged, rules));
        attempted = fields.termNumber;
        requireReason(change, { ...stored }, { ...stored, ...fields });
        const outside = membersOutsideTerm(fields, stored.members);
        if (outside.length > 0) refuse(...outside);
        const row: CommitteeTerm = { ...stored, ...fields, updatedAt: nextTimestamp(stored.updatedAt) };
        await estateOf(db, row.estateId);
        await assertTermNumberFree(db, row);
        await db.committeeTerms.put(row);
        return row;
      }),
    () => duplicateTermNumber(attempted),
  );
}

/** Deletes a term entered by mistake, with its roster. */
export async function deleteCommitteeTerm(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', db.committeeTerms, async () => {
    if (!(await db.committeeTerms.get(id))) refuse(committeeRecordMissing('term'));
    await db.committeeTerms.delete(id);
  });
}

/** Rewrites one term's roster through `change`, which returns the new roster or refuses. */
async function changeRoster<T>(
  db: StreetLedgerDb,
  termId: string,
  change: (term: CommitteeTerm) => { members: CommitteeMember[]; result: T },
  edited?: number,
): Promise<T> {
  return db.transaction('rw', db.committeeTerms, async () => {
    const stored = await db.committeeTerms.get(termId);
    if (!stored) return refuse(committeeRecordMissing('term'));
    // A member is edited on the term as shown: the roster is one record with its term.
    assertEditedVersion(stored, edited);
    const { members, result } = change(stored);
    await db.committeeTerms.put({ ...stored, members, updatedAt: nextTimestamp(stored.updatedAt) });
    return result;
  });
}

function checkedMember(term: CommitteeTerm, draft: CommitteeMemberDraft, id: string): CommitteeMember {
  const fields = validOrRefuse(validateCommitteeMember(draft));
  const problems = memberInTermProblems(term, fields, term.members.filter((m) => m.id !== id));
  if (problems.length > 0) throw new DomainError(problems);
  return { ...fields, id };
}

/**
 * Adds a member: one elected with the term (no `joinedOn`), or a by-election (补选) on the
 * day given as `joinedOn`.
 */
export async function addCommitteeMember(db: StreetLedgerDb, termId: string, draft: CommitteeMemberDraft): Promise<CommitteeMember> {
  return changeRoster(db, termId, (term) => {
    const member = checkedMember(term, draft, newId());
    return { members: [...term.members, member], result: member };
  });
}

/** Corrects a member, or records their leaving (`leftOn` with `leftReason` 辞职 / 罢免). */
export async function updateCommitteeMember(db: StreetLedgerDb, termId: string, memberId: string, changes: CommitteeMemberDraft, change: ReasonedChange<ReasonFieldOf<'committeeMember'>> = {}): Promise<CommitteeMember> {
  return changeRoster(db, termId, (term) => {
    const stored = term.members.find((m) => m.id === memberId);
    if (!stored) return refuse(committeeRecordMissing('member'));
    const { id: _id, ...fields } = stored;
    const member = checkedMember(term, mergeDraft(fields, changes), memberId);
    requireReason(change, stored, member);
    return { members: term.members.map((m) => (m.id === memberId ? member : m)), result: member };
  }, change.edited);
}

/** Removes a member entered by mistake (someone who left is recorded as leaving instead). */
export async function deleteCommitteeMember(db: StreetLedgerDb, termId: string, memberId: string): Promise<void> {
  await changeRoster(db, termId, (term) => {
    if (!term.members.some((m) => m.id === memberId)) return refuse(committeeRecordMissing('member'));
    return { members: term.members.filter((m) => m.id !== memberId), result: undefined };
  });
}
