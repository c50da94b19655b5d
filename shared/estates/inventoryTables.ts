import type { Community } from './community';
import type { Estate } from './estate';
import { domainMessages } from '../i18n/domain';
import { exchangeMessages } from '../i18n/exchange';
import type { RecordMapping } from '../exchange/mapping';
import { communitiesMapping, type CommunityRow } from './communityMapping';
import { ALIAS_SEPARATOR, estatesMapping, type EstateRow } from './estateMapping';
import { codeCell, numberCell, textCell, type OutCell } from '../exchange/export/cells';

/**
 * The inventory as tables with the mappings' canonical headers: what the full workbook and
 * the CSV exports write, and exactly what the import reads back. Labels are the Chinese ones
 * on purpose, whatever the UI language: this is the exchange format.
 */

export interface Inventory {
  readonly communities: readonly Community[];
  readonly estates: readonly Estate[];
}

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly OutCell[])[];
}

const zhDomain = domainMessages['zh-CN'];
const zhLayout = exchangeMessages['zh-CN'].layout;

// The street a district list names per row is not part of a record, so our own exports (one
// street's ledger) leave it out; `merge` writes it as a column of its own.
function headerOf(mapping: RecordMapping<unknown>): string[] {
  return mapping.fields.filter((f) => f.key !== mapping.streetField).map((f) => f.synonyms[0]);
}

export function communityCells(c: CommunityRow): OutCell[] {
  return [
    textCell(c.name),
    textCell(zhDomain.communityKind[c.kind] ?? ''),
    textCell(c.director),
    codeCell(c.phone),
    numberCell(c.planned.total),
    numberCell(c.planned.class1),
    numberCell(c.planned.class2),
    numberCell(c.planned.class3),
  ];
}

export function communityTable(communities: readonly CommunityRow[]): Table {
  return { header: headerOf(communitiesMapping), rows: communities.map(communityCells) };
}

export function estateCells(e: EstateRow): OutCell[] {
  return [
    textCell(e.community),
    textCell(e.name),
    textCell(zhDomain.estateClass[e.estateClass] ?? ''),
    textCell(e.mode === 'unspecified' ? '' : (zhDomain.mode[e.mode] ?? '')),
    textCell(e.company),
    numberCell(e.buildings),
    numberCell(e.households),
    numberCell(e.floorArea),
    textCell(e.address),
    textCell(e.pilot ? zhLayout.yes : zhLayout.no),
    textCell(e.notes),
    textCell(e.aliases.join(ALIAS_SEPARATOR)),
  ];
}

export function estateHeader(): string[] {
  return headerOf(estatesMapping);
}

export function communityHeader(): string[] {
  return headerOf(communitiesMapping);
}

export function estateTable({ communities, estates }: Inventory): Table {
  const names = new Map(communities.map((c) => [c.id, c.name]));
  return {
    header: headerOf(estatesMapping),
    rows: estates.map(({ communityId, ...e }) => estateCells({ ...e, community: names.get(communityId) ?? '' })),
  };
}

export function withHeader(table: Table): OutCell[][] {
  return [table.header.map(textCell), ...table.rows.map((r) => [...r])];
}
