import type { CommitteeTerm } from './types';
import type { ExistingRecord } from '../exchange/diff';
import { currentChair, placedTerms, type CommitteeLedger } from './committeeTables';
import type { CommitteeMemberRow } from './memberMapping';
import type { CommitteeTermRow } from './termMapping';

/**
 * Stored committee terms and members in the form the import's diff compares with sheet rows
 * (see diff.ts): terms keyed by community, estate and 届次, members by those and their name.
 * Terms of an estate or community that is gone are left out.
 */

export function existingCommitteeTerms(ledger: CommitteeLedger): ExistingRecord<CommitteeTermRow>[] {
  return placedTerms(ledger).map(({ community, estate, term }) => {
    const chair = currentChair(term.members);
    const { id, estateId: _estateId, members: _members, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = term;
    return { id, value: { community, estate, term: { ...fields, chair: chair?.name ?? '', chairPhone: chair?.phone ?? '' } } };
  });
}

/** Each member with the id of its term and its own id within it: `${termId}/${memberId}`. */
export function existingCommitteeMembers(ledger: CommitteeLedger): ExistingRecord<CommitteeMemberRow>[] {
  return placedTerms(ledger).flatMap(({ community, estate, term }) =>
    term.members.map(({ id, ...member }) => ({ id: memberRecordId(term, id), value: { community, estate, termNumber: term.termNumber, ...member } })),
  );
}

export function memberRecordId(term: Pick<CommitteeTerm, 'id'>, memberId: string): string {
  return `${term.id}/${memberId}`;
}
