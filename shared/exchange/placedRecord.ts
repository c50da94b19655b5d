import { compositeKey } from '../common/compositeKey';
import type { Validated } from '../common/problem';
import { nameKey } from '../common/text';
import type { ExistingRecord } from './diff';
import { placeByEstate, type Places } from './export/placedTables';
import type { FieldDef, RecordMapping } from './mapping';
import { COMMUNITY_SYNONYMS, ESTATE_SYNONYMS, estateKey, estateReference, requiredPlace } from '../estates';

/**
 * A record about one estate as a sheet row: the row names its estate by community and estate
 * name (resolved when the import commits) instead of its id. Shared by the kinds that are a
 * flat record of an estate (preparatory groups, assembly meetings, surveys).
 */
export type Placed<F extends { readonly estateId: string }> = Omit<F, 'estateId'> & { readonly community: string; readonly estate: string };

export const PLACE_FIELDS: readonly FieldDef[] = [
  { key: 'community', kind: 'text', required: true, synonyms: [...COMMUNITY_SYNONYMS] },
  { key: 'estate', kind: 'text', required: true, synonyms: [...ESTATE_SYNONYMS] },
];


/** The record's own validator, with the estate's name standing in for its id. */
export function validatePlaced<F extends { readonly estateId: string }>(draft: Readonly<Record<string, unknown>>, validate: (draft: Readonly<Record<string, unknown>>) => Validated<F>): Validated<Placed<F>> {
  const { community, estate, problems } = requiredPlace(draft);
  const result = validate({ ...draft, estateId: estate || '-' });
  if (!result.ok) problems.push(...result.problems.filter((p) => p.field !== 'estateId'));
  if (problems.length > 0 || !result.ok) return { ok: false, problems };
  const { estateId: _estateId, ...fields } = result.value;
  return { ok: true, value: { ...fields, community, estate } as unknown as Placed<F> };
}

/** The identity of a placed record: its estate and the fields that tell it from the estate's others. */
export function placedIdentity(value: { readonly community: string; readonly estate: string }, parts: readonly (string | number)[], field: string) {
  return {
    key: compositeKey(estateKey(nameKey(value.community), nameKey(value.estate)), ...parts),
    field,
    label: [`${value.community} / ${value.estate}`, ...parts].join(' / '),
  };
}

/**
 * The parts of a RecordMapping every placed kind writes the same way: estate reference, field
 * values and updates over `diffFields`, lists compared as the text a cell holds.
 */
export function placedMapping<V extends { readonly community: string; readonly estate: string }>(
  spec: Pick<RecordMapping<V>, 'kind' | 'fields' | 'minFields' | 'validate' | 'identity' | 'diffFields'>,
): RecordMapping<V> {
  // A list compares as one value (its order matters, as in the cell); never shown to anyone.
  const cellOf = (value: unknown) => (Array.isArray(value) ? JSON.stringify(value) : value);
  return {
    ...spec,
    fields: [...PLACE_FIELDS, ...spec.fields],
    totalMarkerFields: ['community', 'estate'],
    problemFields: { estateId: 'estate' },
    references: (value) => [estateReference(value.community, value.estate)],
    fieldValue: (value, field) => cellOf((value as Readonly<Record<string, unknown>>)[field]),
    withFields(base, incoming, fields) {
      const out: Record<string, unknown> = { ...base };
      for (const field of fields) if (spec.diffFields.includes(field)) out[field] = (incoming as Readonly<Record<string, unknown>>)[field];
      return out as V;
    },
  };
}

interface StoredPlaced {
  readonly id: string;
  readonly estateId: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Stored records as the rows a sheet would give for them, for the diff of an import. */
export function existingPlaced<T extends StoredPlaced>(places: Places, records: readonly T[]): ExistingRecord<Placed<Omit<T, 'id' | 'createdAt' | 'updatedAt'>>>[] {
  return placeByEstate(places, records, () => '').map(({ community, estate, record }) => {
    const { id, estateId: _estateId, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = record;
    return { id, value: { ...fields, community, estate } as unknown as Placed<Omit<T, 'id' | 'createdAt' | 'updatedAt'>> };
  });
}

/** A row as the record it becomes: the estate its names resolved to, a new id and stamps. */
export function storedFromPlaced<V extends { readonly community: string; readonly estate: string }>(row: V, estateId: string, id: string, at: number) {
  const { community: _community, estate: _estate, ...fields } = row;
  return { ...fields, estateId, id, createdAt: at, updatedAt: at };
}
