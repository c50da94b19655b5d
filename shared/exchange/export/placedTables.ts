import type { Community, Estate } from '../../estates';
import type { RecordMapping } from '../mapping';
import { textCell, type OutCell } from './cells';
import type { SheetSpec } from './xlsxFile';

/**
 * A sheet of the full workbook for a flat record of an estate (preparatory groups, assembly
 * meetings, surveys), with its mapping's canonical headers so the import reads it back to the
 * same records. Chinese labels whatever the UI language: this is the exchange format.
 */

export interface Places {
  readonly communities: readonly Pick<Community, 'id' | 'name'>[];
  readonly estates: readonly Pick<Estate, 'id' | 'communityId' | 'name'>[];
}

/** Records whose estate is known, with its names, in the office's order (community, estate, then `order`). */
export function placeByEstate<T extends { readonly estateId: string }>(places: Places, records: readonly T[], order: (record: T) => string): { community: string; estate: string; record: T }[] {
  const communityOrder = new Map(places.communities.map((c, i) => [c.id, i]));
  const communityName = new Map(places.communities.map((c) => [c.id, c.name]));
  const estateOrder = new Map(places.estates.map((e, i) => [e.id, i]));
  const estateById = new Map(places.estates.map((e) => [e.id, e]));
  const placed = records.flatMap((record) => {
    const estate = estateById.get(record.estateId);
    const community = estate ? communityName.get(estate.communityId) : undefined;
    if (!estate || community === undefined) return [];
    return [{ community, estate: estate.name, record, key: [communityOrder.get(estate.communityId) ?? 0, estateOrder.get(estate.id) ?? 0] as const }];
  });
  placed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || order(a.record).localeCompare(order(b.record)));
  return placed.map(({ community, estate, record }) => ({ community, estate, record }));
}

export function placedSheet<T extends { readonly estateId: string }>(
  name: string,
  mapping: RecordMapping<unknown>,
  places: Places,
  records: readonly T[],
  order: (record: T) => string,
  cells: Readonly<Record<string, (record: T) => OutCell>>,
): SheetSpec {
  const keys = Object.keys(cells);
  const header = ['community', 'estate', ...keys].map((key) => textCell(mapping.fields.find((f) => f.key === key)?.synonyms[0] ?? key));
  const rows = placeByEstate(places, records, order).map(({ community, estate, record }) => [textCell(community), textCell(estate), ...keys.map((key) => cells[key]!(record))]);
  return { name, rows: [header, ...rows], freezeRows: 1 };
}

