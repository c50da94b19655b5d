import type { Community, Estate } from '../../shared/estates';
import type { ExistingRecord, RecordDiff } from '../../shared/exchange/diff';
import type { ImportBatch } from '../../shared/exchange/importBatch';
import { inspectionsMapping, type InspectionRow } from '../../shared/inspections/inspectionMapping';
import { diffAgainst, type SheetAnalysis } from '../../shared/exchange/pipeline';
import type { Inspection } from '../../shared/inspections/inspection';
import { estateIdResolver } from '../estates';
import { refuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { nextTimestamp } from '../db/timestamps';

/**
 * Committing an inspection list (analysed with `inspectionsMapping`) the way the inventory and
 * committee imports commit: the preview's diff taken again inside ONE transaction and refused if
 * the ledger moved since, and an import batch that undoes it as a whole. An inspection is the
 * same one when estate, date, time and kind agree, so importing a list twice adds nothing.
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

export function diffInspections(
  analysis: SheetAnalysis<InspectionRow>,
  communities: readonly Community[],
  estates: readonly Estate[],
  inspections: readonly Inspection[],
): RecordDiff<InspectionRow> {
  return diffAgainst(analysis, inspectionsMapping, existingInspections(communities, estates, inspections));
}

const shape = (d: RecordDiff<InspectionRow>) => `${d.added.length},${d.changed.length}`;

export interface CommitInspectionsInput {
  readonly analysis: SheetAnalysis<InspectionRow>;
  /** The diff the user saw and accepted. */
  readonly previewed: RecordDiff<InspectionRow>;
  readonly fileName: string;
  readonly operator: string;
}

export async function commitInspectionImport(db: StreetLedgerDb, input: CommitInspectionsInput): Promise<ImportBatch> {
  const { analysis } = input;
  return db.transaction('rw', [db.communities, db.estates, db.inspections, db.importBatches], async () => {
    const [communities, estates, stored] = await Promise.all([db.communities.toArray(), db.estates.toArray(), db.inspections.toArray()]);
    const diff = diffInspections(analysis, communities, estates, stored);
    if (shape(diff) !== shape(input.previewed)) refuse({ field: 'batch', code: 'changedSincePreview' });
    const at = nextTimestamp();
    const resolveEstate = estateIdResolver(communities, estates);
    const estateIdOf = (row: InspectionRow): string => resolveEstate(row.community, row.estate);
    const fieldsOf = ({ community: _c, estate: _e, ...fields }: InspectionRow) => fields;

    const added: Inspection[] = diff.added.map(({ value }) => ({ ...fieldsOf(value), estateId: estateIdOf(value), id: newId(), photoCount: 0, createdAt: at, updatedAt: at }));
    const storedById = new Map(stored.map((i) => [i.id, i]));
    const replaced: Inspection[] = [];
    const changed: Inspection[] = [];
    for (const { id, value } of diff.changed) {
      const before = storedById.get(id);
      if (!before) continue;
      replaced.push(before);
      changed.push({ ...before, ...fieldsOf(value), estateId: before.estateId, updatedAt: at });
    }
    await db.inspections.bulkAdd(added);
    await db.inspections.bulkPut(changed);
    const batch: ImportBatch = {
      id: newId(),
      kind: 'inspections',
      fileName: input.fileName,
      sheets: [analysis.sheet.name],
      operator: input.operator,
      committedAt: at,
      counts: {
        added: diff.added.length,
        changed: diff.changed.length,
        unchanged: diff.unchanged.length,
        invalid: analysis.counts.invalid,
        skipped: analysis.counts.skipped,
      },
      entries: [{ table: 'inspections', added: added.map((i) => i.id), replaced }],
      undoneAt: null,
    };
    await db.importBatches.add(batch);
    return batch;
  });
}
