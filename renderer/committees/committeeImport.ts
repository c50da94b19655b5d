import type { CommitteeMember, CommitteeTerm } from '../../shared/committees/types';
import { memberInTermProblems, membersOutsideTerm, type TermRules } from '../../shared/committees/validation';
import type { Community, Estate } from '../../shared/estates';
import { DomainError } from '../../shared/common/problem';
import type { CommitteeAnalysis } from '../../shared/committees/committeeAnalysis';
import { existingCommitteeMembers, existingCommitteeTerms, memberRecordId } from '../../shared/committees/committeeExisting';
import type { RecordDiff } from '../../shared/exchange/diff';
import type { CommitteeLedger } from '../../shared/committees/committeeTables';
import type { ImportBatch } from '../../shared/exchange/importBatch';
import { committeeMembersMapping, type CommitteeMemberRow } from '../../shared/committees/memberMapping';
import { committeeTermsMapping, hasTerm, type CommitteeTermRow } from '../../shared/committees/termMapping';
import { diffAgainst, type SheetAnalysis } from '../../shared/exchange/pipeline';
import { refuse } from '../db/problems';
import { estateIdResolver } from '../estates';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { nextTimestamp } from '../db/timestamps';

/**
 * Committing a committee workbook (terms, and members where the file has them) the way the
 * inventory import commits: the preview's diff taken again inside ONE transaction, refused if
 * the ledger moved since, and an import batch that undoes it as a whole (a term's roster lives
 * in its row, so every touched term is one replaced row).
 */

export interface CommitteeDiff {
  readonly terms: RecordDiff<CommitteeTermRow>;
  readonly members: RecordDiff<CommitteeMemberRow>;
}

const NO_DIFF = { added: [], changed: [], unchanged: [] };

export function committeeLedgerOf(communities: readonly Community[], estates: readonly Estate[], terms: readonly CommitteeTerm[]): CommitteeLedger {
  return { communities, estates, terms };
}

export { knownEstateKeys } from '../estates';

/** Keys of the stored terms, as member rows reference them. */
export function storedTermKeys(ledger: CommitteeLedger): Set<string> {
  const mapping = committeeTermsMapping({ defaultTermYears: 5 });
  return new Set(existingCommitteeTerms(ledger).map((t) => mapping.identity(t.value).key));
}

/** A district list's rows for estates without a committee bring nothing to write. */
function withTermsOnly(analysis: SheetAnalysis<CommitteeTermRow>): SheetAnalysis<CommitteeTermRow> {
  return { ...analysis, rows: { ...analysis.rows, valid: analysis.rows.valid.filter((r) => hasTerm(r.value)) } };
}

export function diffCommittees(analysis: CommitteeAnalysis, ledger: CommitteeLedger, rules: TermRules): CommitteeDiff {
  return {
    terms: analysis.terms ? diffAgainst(withTermsOnly(analysis.terms), committeeTermsMapping(rules), existingCommitteeTerms(ledger)) : NO_DIFF,
    members: analysis.members ? diffAgainst(analysis.members, committeeMembersMapping, existingCommitteeMembers(ledger)) : NO_DIFF,
  };
}

function shapeOf(d: CommitteeDiff): string {
  return [d.terms.added.length, d.terms.changed.length, d.members.added.length, d.members.changed.length].join();
}

export interface CommitCommitteesInput {
  readonly analysis: CommitteeAnalysis;
  /** The diff the user saw and accepted. */
  readonly previewed: CommitteeDiff;
  readonly fileName: string;
  readonly operator: string;
  readonly rules: TermRules;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export async function commitCommitteeImport(db: StreetLedgerDb, input: CommitCommitteesInput): Promise<ImportBatch> {
  const { analysis, rules } = input;
  return db.transaction('rw', [db.communities, db.estates, db.committeeTerms, db.importBatches], async () => {
    const [communities, estates, stored] = await Promise.all([db.communities.toArray(), db.estates.toArray(), db.committeeTerms.toArray()]);
    const ledger = committeeLedgerOf(communities, estates, stored);
    const diff = diffCommittees(analysis, ledger, rules);
    if (shapeOf(diff) !== shapeOf(input.previewed)) refuse({ field: 'batch', code: 'changedSincePreview' });
    const at = nextTimestamp();

    const estateIdOf = estateIdResolver(communities, estates);

    // Every term the import touches, by its key, as it will be written.
    const working = new Map<string, Mutable<CommitteeTerm>>();
    const storedById = new Map(stored.map((t) => [t.id, t]));
    const keyOf = (t: Pick<CommitteeTerm, 'estateId' | 'termNumber'>) => `${t.estateId}\u0001${t.termNumber}`;
    const storedByKey = new Map(stored.map((t) => [keyOf(t), t]));
    const added = new Set<string>();

    for (const { value } of diff.terms.added) {
      if (!hasTerm(value)) continue;
      const { chair: _chair, chairPhone: _chairPhone, ...fields } = value.term;
      const term: CommitteeTerm = { ...fields, estateId: estateIdOf(value.community, value.estate), members: [], id: newId(), createdAt: at, updatedAt: at };
      working.set(keyOf(term), { ...term });
      added.add(term.id);
    }
    for (const { id, value } of diff.terms.changed) {
      const before = storedById.get(id);
      if (!before || !hasTerm(value)) continue;
      const { chair: _chair, chairPhone: _chairPhone, ...fields } = value.term;
      const term = { ...before, ...fields, estateId: before.estateId, updatedAt: at };
      const outside = membersOutsideTerm(term, term.members);
      if (outside.length > 0) refuse(...outside);
      working.set(keyOf(term), term);
    }
    const termFor = (row: CommitteeMemberRow): Mutable<CommitteeTerm> => {
      const key = `${estateIdOf(row.community, row.estate)}\u0001${row.termNumber}`;
      let term = working.get(key);
      if (!term) {
        const found = storedByKey.get(key);
        if (!found) return refuse({ field: 'termNumber', code: 'unknownTerm', params: { label: `${row.community} / ${row.estate} / 第${row.termNumber}届` } });
        term = { ...found, updatedAt: at };
        working.set(key, term);
      }
      return term;
    };
    for (const { value } of diff.members.added) {
      const { community: _c, estate: _e, termNumber: _n, ...fields } = value;
      const term = termFor(value);
      term.members = [...term.members, { ...fields, id: newId() }];
    }
    for (const { id, value } of diff.members.changed) {
      const { community: _c, estate: _e, termNumber: _n, ...fields } = value;
      const term = termFor(value);
      term.members = term.members.map((m) => (memberRecordId(term, m.id) === id ? { ...fields, id: m.id } : m));
    }
    // A district list names the chair on the term's row: a new term without a roster in the
    // file keeps that chair as its first member.
    for (const { value } of diff.terms.added) {
      if (!hasTerm(value) || value.term.chair === '') continue;
      const term = working.get(`${estateIdOf(value.community, value.estate)}\u0001${value.term.termNumber}`);
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
    const batch: ImportBatch = {
      id: newId(),
      kind: 'committees',
      fileName: input.fileName,
      sheets: [analysis.terms?.sheet.name, analysis.members?.sheet.name].filter((s): s is string => s !== undefined),
      operator: input.operator,
      committedAt: at,
      counts: {
        added: diff.terms.added.length + diff.members.added.length,
        changed: diff.terms.changed.length + diff.members.changed.length,
        unchanged: diff.terms.unchanged.length + diff.members.unchanged.length,
        invalid: (analysis.terms?.counts.invalid ?? 0) + (analysis.members?.counts.invalid ?? 0),
        skipped: (analysis.terms?.counts.skipped ?? 0) + (analysis.members?.counts.skipped ?? 0),
      },
      entries: [{ table: 'committeeTerms', added: newTerms.map((t) => t.id), replaced: touched.map((t) => storedById.get(t.id)).filter((t): t is CommitteeTerm => t !== undefined) }],
      undoneAt: null,
    };
    await db.importBatches.add(batch);
    return batch;
  });
}
