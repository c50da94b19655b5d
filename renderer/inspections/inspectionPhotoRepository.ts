import { draftOwner, type InspectionPhoto } from './inspectionRows';
import { recordNotFound } from './inspectionProblems';
import { refuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { nextTimestamp } from '../db/timestamps';

/** A photo ready to store: already downscaled, with its thumbnail (see pages/inspections/photos). */
export type PreparedPhoto = Omit<InspectionPhoto, 'id' | 'ownerId' | 'addedAt'>;

/*
 * Photos belong to an inspection, or to an entry form's draft until the form is saved. An
 * inspection keeps a count of its photos so lists can show it without reading the photo table.
 */

async function recount(db: StreetLedgerDb, ownerId: string): Promise<void> {
  const inspection = await db.inspections.get(ownerId);
  if (!inspection) return;
  const photoCount = await db.inspectionPhotos.where('ownerId').equals(ownerId).count();
  await db.inspections.put({ ...inspection, photoCount, updatedAt: nextTimestamp(inspection.updatedAt) });
}

export async function addPhoto(db: StreetLedgerDb, ownerId: string, photo: PreparedPhoto): Promise<InspectionPhoto> {
  const row: InspectionPhoto = { ...photo, id: newId(), ownerId, addedAt: nextTimestamp() };
  return db.transaction('rw', [db.inspections, db.inspectionPhotos], async () => {
    if (!ownerId.startsWith(draftOwner('')) && !(await db.inspections.get(ownerId))) refuse(recordNotFound('inspection'));
    await db.inspectionPhotos.add(row);
    await recount(db, ownerId);
    return row;
  });
}

export async function removePhoto(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', [db.inspections, db.inspectionPhotos], async () => {
    const photo = await db.inspectionPhotos.get(id);
    if (!photo) refuse(recordNotFound('photo'));
    await db.inspectionPhotos.delete(id);
    await recount(db, photo.ownerId);
  });
}

/** The photos of an inspection or a draft, in the order they were added (Blobs included). */
export async function listPhotos(db: StreetLedgerDb, ownerId: string): Promise<InspectionPhoto[]> {
  const rows = await db.inspectionPhotos.where('ownerId').equals(ownerId).toArray();
  return rows.sort((a, b) => a.addedAt - b.addedAt);
}
