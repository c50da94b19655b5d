import type { RecordKind } from '../exchange/recordKind';
import { existingCommitteeMembers, existingCommitteeTerms } from './committeeExisting';
import { committeeMemberSheet, committeeTermSheet } from './committeeTables';
import { committeeMembersMapping } from './memberMapping';
import { committeeTermsMapping, hasTerm } from './termMapping';

/**
 * Committee terms and their members as record kinds. A member lives in its term's row, so both
 * are written to one table and undone as one committees batch.
 */

export const committeeTermsKind: RecordKind<'committeeTerms'> = {
  key: 'committeeTerms',
  mapping: ({ rules }) => committeeTermsMapping(rules),
  dependsOn: ['estates'],
  // A district list's row for an estate without a committee names no term.
  isReferable: hasTerm,
  store: {
    table: 'committeeTerms',
    batch: 'committees',
    reads: ['communities', 'estates', 'terms'],
    existing: existingCommitteeTerms,
    writes: hasTerm,
  },
  exportSheet: (ledger) => (ledger.terms ? committeeTermSheet({ ...ledger, terms: ledger.terms }) : null),
};

export const committeeMembersKind: RecordKind<'committeeMembers'> = {
  key: 'committeeMembers',
  mapping: () => committeeMembersMapping,
  dependsOn: ['committeeTerms'],
  store: {
    table: 'committeeTerms',
    batch: 'committees',
    reads: ['communities', 'estates', 'terms'],
    existing: existingCommitteeMembers,
  },
  exportSheet: (ledger) => (ledger.terms ? committeeMemberSheet({ ...ledger, terms: ledger.terms }) : null),
};
