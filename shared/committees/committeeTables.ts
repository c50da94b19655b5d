import { byRole } from './roster';
import type { CommitteeMember, CommitteeTerm } from './types';
import type { Community, Estate, Table } from '../estates';
import { committeeMessages } from './messages';
import type { RecordMapping } from '../exchange/mapping';
import { committeeMembersMapping } from './memberMapping';
import { committeeTermsMapping } from './termMapping';
import { codeCell, textCell, type OutCell } from '../exchange/export/cells';
import { dateCell } from './committeeCells';
import type { SheetSpec } from '../exchange/export/xlsxFile';

/**
 * The committee terms and their members as tables with the mappings' canonical headers: the
 * full workbook's 业委会届次 and 业委会成员 sheets, which the import reads back to the same
 * records. Chinese labels whatever the UI language: this is the exchange format.
 */

export interface CommitteeLedger {
  readonly communities: readonly Pick<Community, 'id' | 'name'>[];
  readonly estates: readonly Pick<Estate, 'id' | 'communityId' | 'name'>[];
  readonly terms: readonly CommitteeTerm[];
}

const zh = committeeMessages['zh-CN'];
// The length in years is an input only (a district list may give it instead of the end).
const TERM_COLUMNS = ['community', 'estate', 'termNumber', 'electedOn', 'startOn', 'endOn', 'filedOn', 'filingNumber', 'chair', 'chairPhone', 'notes'] as const;
const MEMBER_COLUMNS = ['community', 'estate', 'termNumber', 'name', 'role', 'phone', 'building', 'room', 'joinedOn', 'leftOn', 'leftReason'] as const;

function headerOf(mapping: RecordMapping<unknown>, keys: readonly string[]): string[] {
  return keys.map((key) => mapping.fields.find((f) => f.key === key)?.synonyms[0] ?? key);
}

/** The chair serving at the end of the record: the last one in the roster who has not left. */
export function currentChair(members: readonly CommitteeMember[]): CommitteeMember | undefined {
  return members.filter((m) => m.role === 'chair' && m.leftOn === null).at(-1);
}

interface PlacedTerm {
  readonly community: string;
  readonly estate: string;
  readonly term: CommitteeTerm;
}

/** Terms whose estate and community are known, in the office's order: community, estate, 届次. */
export function placedTerms(ledger: CommitteeLedger): PlacedTerm[] {
  const communityOrder = new Map(ledger.communities.map((c, i) => [c.id, i]));
  const communityName = new Map(ledger.communities.map((c) => [c.id, c.name]));
  const estateOrder = new Map(ledger.estates.map((e, i) => [e.id, i]));
  const estateById = new Map(ledger.estates.map((e) => [e.id, e]));
  const placed: (PlacedTerm & { order: [number, number, number] })[] = [];
  for (const term of ledger.terms) {
    const estate = estateById.get(term.estateId);
    const community = estate ? communityName.get(estate.communityId) : undefined;
    if (!estate || community === undefined) continue;
    placed.push({ community, estate: estate.name, term, order: [communityOrder.get(estate.communityId) ?? 0, estateOrder.get(estate.id) ?? 0, term.termNumber] });
  }
  placed.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  return placed.map(({ community, estate, term }) => ({ community, estate, term }));
}

export function committeeTermTable(ledger: CommitteeLedger): Table {
  const mapping = committeeTermsMapping({ defaultTermYears: 5 });
  return {
    header: headerOf(mapping, TERM_COLUMNS),
    rows: placedTerms(ledger).map(({ community, estate, term }) => {
      const chair = currentChair(term.members);
      return [
        textCell(community),
        textCell(estate),
        textCell(zh.report.term(term.termNumber)),
        dateCell(term.electedOn),
        dateCell(term.startOn),
        dateCell(term.endOn),
        dateCell(term.filedOn),
        codeCell(term.filingNumber),
        textCell(chair?.name ?? ''),
        codeCell(chair?.phone ?? ''),
        textCell(term.notes),
      ];
    }),
  };
}

export function committeeMemberTable(ledger: CommitteeLedger): Table {
  const rows: OutCell[][] = [];
  for (const { community, estate, term } of placedTerms(ledger)) {
    for (const m of [...term.members].sort(byRole)) {
      rows.push([
        textCell(community),
        textCell(estate),
        textCell(zh.report.term(term.termNumber)),
        textCell(m.name),
        textCell(zh.role[m.role] ?? ''),
        codeCell(m.phone),
        textCell(m.building),
        textCell(m.room),
        dateCell(m.joinedOn),
        dateCell(m.leftOn),
        textCell(m.leftReason === null ? '' : (zh.leaveReason[m.leftReason] ?? '')),
      ]);
    }
  }
  return { header: headerOf(committeeMembersMapping, MEMBER_COLUMNS), rows };
}

function sheetOf(name: string, table: Table): SheetSpec {
  return { name, rows: [table.header.map(textCell), ...table.rows.map((r) => [...r])], freezeRows: 1 };
}

export const committeeTermSheet = (ledger: CommitteeLedger): SheetSpec => sheetOf(zh.report.termsSheet, committeeTermTable(ledger));
export const committeeMemberSheet = (ledger: CommitteeLedger): SheetSpec => sheetOf(zh.report.membersSheet, committeeMemberTable(ledger));

/** The two committee sheets of the full workbook, after its 社区 and 小区 sheets. */

