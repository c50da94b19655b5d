import type { Community, Estate } from '../estates';
import type { ExistingRecord } from '../exchange/diff';
import type { RecordKind } from '../exchange/recordKind';
import type { Inspection } from './inspection';
import { inspectionsMapping, type InspectionRow } from './inspectionMapping';
import { noticeLedgerMapping } from './noticeMapping';

/**
 * Inspections as a record kind (an inspection is the same one when estate, date, time and kind
 * agree, so importing a list twice adds nothing), and the rectification ledger, which only the
 * command reads (`overdue`): the app issues its notices itself, each with its number.
 */

/** The stored inspections as rows, naming their estates as a sheet would. */
export function existingInspections(communities: readonly Community[], estates: readonly Estate[], inspections: readonly Inspection[]): ExistingRecord<InspectionRow>[] {
  const communityName = new Map(communities.map((c) => [c.id, c.name]));
  const estateById = new Map(estates.map((e) => [e.id, e]));
  return inspections.flatMap((i) => {
    const estate = estateById.get(i.estateId);
    if (!estate) return [];
    const { id, estateId: _estateId, photoCount: _photos, createdAt: _c, updatedAt: _u, ...fields } = i;
    return [{ id, value: { ...fields, community: communityName.get(estate.communityId) ?? '', estate: estate.name } }];
  });
}

export const inspectionsKind: RecordKind<'inspections'> = {
  key: 'inspections',
  mapping: () => inspectionsMapping,
  dependsOn: ['estates'],
  store: {
    table: 'inspections',
    batch: 'inspections',
    reads: ['communities', 'estates', 'inspections'],
    existing: (ledger) => existingInspections(ledger.communities, ledger.estates, ledger.inspections),
  },
};

export const noticesKind: RecordKind<'notices'> = {
  key: 'notices',
  mapping: () => noticeLedgerMapping,
  // The command has no database: a ledger row's estate is taken as named.
  dependsOn: [],
};
