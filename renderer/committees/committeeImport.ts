import { compositeKey } from '../../shared/common/compositeKey';
import { DomainError } from '../../shared/common/problem';
import type { CommitteeMember, CommitteeTerm } from '../../shared/committees/types';
import { memberInTermProblems, membersOutsideTerm } from '../../shared/committees/validation';
import { memberRecordId } from '../../shared/committees/committeeExisting';
import type { CommitteeMemberRow } from '../../shared/committees/memberMapping';
import { hasTerm } from '../../shared/committees/termMapping';
import { NO_DIFF, type ExchangeDiff } from '../../shared/exchange/exchangeDiff';
import type { ImportBatchEntry } from '../../shared/exchange/importBatch';
import type { StoredLedger } from '../../shared/exchange/recordKind';
import type { ImportUnit } from '../db/importCommit';
import { refuse } from '../db/problems';
import { estateIdResolver } from '../estates';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';

/**
 * The committees' part of an import (terms, and members where the file has them): a term's
 * roster lives in its row, so every touched term is one replaced row of one committees batch.
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

async function writeCommittees(db: StreetLedgerDb, diff: ExchangeDiff, ledger: StoredLedger, at: number): Promise<ImportBatchEntry[]> {
  const termDiff = diff.committeeTerms ?? NO_DIFF;
  const memberDiff = diff.committeeMembers ?? NO_DIFF;
  const stored = ledger.terms;
  const estateIdOf = estateIdResolver(ledger.communities, ledger.estates);

  // Every term the import touches, by its key, as it will be written.
  const working = new Map<string, Mutable<CommitteeTerm>>();
  const storedById = new Map(stored.map((t) => [t.id, t]));
  const keyOf = (t: Pick<CommitteeTerm, 'estateId' | 'termNumber'>) => compositeKey(t.estateId, t.termNumber);
  const storedByKey = new Map(stored.map((t) => [keyOf(t), t]));
  const added = new Set<string>();

  for (const { value } of termDiff.added) {
    if (!hasTerm(value)) continue;
    const { chair: _chair, chairPhone: _chairPhone, ...fields } = value.term;
    const term: CommitteeTerm = { ...fields, estateId: estateIdOf(value.community, value.estate), members: [], id: newId(), createdAt: at, updatedAt: at };
    working.set(keyOf(term), { ...term });
    added.add(term.id);
  }
  for (const { id, value } of termDiff.changed) {
    const before = storedById.get(id);
    if (!before || !hasTerm(value)) continue;
    const { chair: _chair, chairPhone: _chairPhone, ...fields } = value.term;
    const term = { ...before, ...fields, estateId: before.estateId, updatedAt: at };
    const outside = membersOutsideTerm(term, term.members);
    if (outside.length > 0) refuse(...outside);
    working.set(keyOf(term), term);
  }
  const termFor = (row: CommitteeMemberRow): Mutable<CommitteeTerm> => {
    const key = compositeKey(estateIdOf(row.community, row.estate), row.termNumber);
    let term = working.get(key);
    if (!term) {
      const found = storedByKey.get(key);
      if (!found) return refuse({ field: 'termNumber', code: 'unknownTerm', params: { label: `${row.community} / ${row.estate}`, termNumber: row.termNumber } });
      term = { ...found, updatedAt: at };
      working.set(key, term);
    }
    return term;
  };
  for (const { value } of memberDiff.added) {
    const { community: _c, estate: _e, termNumber: _n, ...fields } = value;
    const term = termFor(value);
    term.members = [...term.members, { ...fields, id: newId() }];
  }
  for (const { id, value } of memberDiff.changed) {
    const { community: _c, estate: _e, termNumber: _n, ...fields } = value;
    const term = termFor(value);
    term.members = term.members.map((m) => (memberRecordId(term, m.id) === id ? { ...fields, id: m.id } : m));
  }
  // A district list names the chair on the term's row: a new term without a roster in the
  // file keeps that chair as its first member.
  for (const { value } of termDiff.added) {
    if (!hasTerm(value) || value.term.chair === '') continue;
    const term = working.get(compositeKey(estateIdOf(value.community, value.estate), value.term.termNumber));
    if (term && term.members.length === 0) {
      const chair: CommitteeMember = { id: newId(), name: value.term.chair, role: 'chair', phone: value.term.chairPhone, building: '', room: '', joinedOn: null, leftOn: null, leftReason: null };
      term.members = [chair];
    }
  }
  for (const term of working.values()) {
    for (const member of term.members) {
      const problems = memberInTermProblems(term, member, term.members.filter((m) => m !== member));
      if (problems.length > 0) throw new DomainError(problems);
    }
  }

  const newTerms = [...working.values()].filter((t) => added.has(t.id));
  const touched = [...working.values()].filter((t) => !added.has(t.id));
  await db.committeeTerms.bulkAdd(newTerms);
  await db.committeeTerms.bulkPut(touched);
  return [{ table: 'committeeTerms', added: newTerms.map((t) => t.id), replaced: touched.map((t) => storedById.get(t.id)).filter((t): t is CommitteeTerm => t !== undefined) }];
}

export const committeeImport: ImportUnit = {
  batch: 'committees',
  write: (db, diff, ledger, at) => writeCommittees(db, diff, ledger, at),
};
