import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardEntryDraft, draftPhotoCount, INSPECTION_ENTRY_DRAFT, loadEntryDraft, loadLastEntry, saveEntryDraft } from './inspectionDraftRepository';
import { addPhoto, removePhoto } from './inspectionPhotoRepository';
import { draftOwner } from './inspectionRows';
import { openTestDb } from '../db/testing/testDb';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const photo = { name: 'a.jpg', type: 'image/jpeg', width: 10, height: 10, blob: new Blob(['x']), thumbnail: new Blob(['y']) };

describe('entry drafts', () => {
  it('keeps the last values typed and gives them back', async () => {
    await saveEntryDraft(db, INSPECTION_ENTRY_DRAFT, { findings: '东' });
    await saveEntryDraft(db, INSPECTION_ENTRY_DRAFT, { findings: '东门' });
    expect((await loadEntryDraft(db, INSPECTION_ENTRY_DRAFT))?.values).toEqual({ findings: '东门' });
  });

  it('throws a draft away with its photos', async () => {
    await saveEntryDraft(db, INSPECTION_ENTRY_DRAFT, { findings: '东门' });
    const kept = await addPhoto(db, draftOwner(INSPECTION_ENTRY_DRAFT), photo);
    await addPhoto(db, draftOwner(INSPECTION_ENTRY_DRAFT), photo);
    await removePhoto(db, kept.id);
    expect(await draftPhotoCount(db, INSPECTION_ENTRY_DRAFT)).toBe(1);
    await discardEntryDraft(db, INSPECTION_ENTRY_DRAFT);
    expect(await loadEntryDraft(db, INSPECTION_ENTRY_DRAFT)).toBeUndefined();
    expect(await draftPhotoCount(db, INSPECTION_ENTRY_DRAFT)).toBe(0);
  });

  it('has no last entry until one was saved, and ignores one it cannot read', async () => {
    expect(await loadLastEntry(db, INSPECTION_ENTRY_DRAFT)).toBeNull();
    await db.entryDrafts.put({ id: `${INSPECTION_ENTRY_DRAFT}:last`, values: 'garbage', savedAt: 0 });
    expect(await loadLastEntry(db, INSPECTION_ENTRY_DRAFT)).toBeNull();
  });

  it('refuses a photo for an inspection that does not exist', async () => {
    expect((await refusal(addPhoto(db, 'gone', photo))).map((p) => `${p.field}:${p.code}`)).toEqual(['inspection:notFound']);
  });
});
