import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Estate } from '../../shared/estates/estate';
import { createCommunity } from '../estates/communityRepository';
import { createEstate } from '../estates/estateRepository';
import { INSPECTION_ENTRY_DRAFT, loadEntryDraft, loadLastEntry, saveEntryDraft } from './inspectionDraftRepository';
import { addPhoto, listPhotos } from './inspectionPhotoRepository';
import {
  createInspection,
  deleteInspection,
  getInspection,
  listInspectionsOfEstate,
  queryInspections,
  updateInspection,
} from './inspectionRepository';
import { draftOwner } from './inspectionRows';
import { openTestDb } from '../db/testing/testDb';
import { issueNotice } from './noticeRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { refusal } from '../db/testing/expectRefused';

let db: StreetLedgerDb;
let wanke: Estate;
let jinxiu: Estate;
beforeEach(async () => {
  db = await openTestDb();
  const taiping = await createCommunity(db, { name: '太平社区' });
  wanke = await createEstate(db, { communityId: taiping.id, name: '万科a区', company: '万科物业' });
  jinxiu = await createEstate(db, { communityId: taiping.id, name: '锦绣花园' });
});
afterEach(() => db.close());

const spotCheck = (estateId: string, inspectedOn = '2024-03-15') => ({
  estateId,
  inspectedOn,
  time: '9:30',
  kind: '抽查',
  inspectors: '张敏、李强',
  categories: {
    publicOrder: { result: '有问题', note: '东门占道经营' },
    sanitation: { result: '有问题', note: '3 栋垃圾未清运' },
    security: { result: '合格' },
  },
});

const photo = (name: string) => ({
  name,
  type: 'image/jpeg',
  width: 1600,
  height: 1200,
  blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }),
  thumbnail: new Blob([new Uint8Array([4])], { type: 'image/jpeg' }),
});

describe('createInspection', () => {
  it('stores the parsed inspection with an id, no photos and timestamps', async () => {
    const created = await createInspection(db, spotCheck(wanke.id));
    expect(created).toMatchObject({ estateId: wanke.id, inspectedOn: '2024-03-15', time: '09:30', kind: 'spotCheck', inspectors: ['张敏', '李强'], photoCount: 0 });
    expect(await getInspection(db, created.id)).toEqual(created);
  });

  it('refuses an estate that does not exist, and bad fields before touching the database', async () => {
    expect((await refusal(createInspection(db, spotCheck('nowhere')))).map((p) => p.code)).toEqual(['unknownEstate']);
    expect((await refusal(createInspection(db, { ...spotCheck(wanke.id), inspectors: '' }))).map((p) => p.field)).toEqual(['inspectors']);
    expect(await db.inspections.count()).toBe(0);
  });

  it('takes over the entry form’s photos and clears its draft in the same write, remembering estate and inspectors', async () => {
    await saveEntryDraft(db, INSPECTION_ENTRY_DRAFT, { estateId: wanke.id, inspectors: '张敏' });
    await addPhoto(db, draftOwner(INSPECTION_ENTRY_DRAFT), photo('东门.jpg'));
    await addPhoto(db, draftOwner(INSPECTION_ENTRY_DRAFT), photo('3栋.jpg'));
    const created = await createInspection(db, spotCheck(wanke.id), { fromDraft: INSPECTION_ENTRY_DRAFT });
    expect(created.photoCount).toBe(2);
    expect((await listPhotos(db, created.id)).map((p) => p.name)).toEqual(['东门.jpg', '3栋.jpg']);
    expect(await listPhotos(db, draftOwner(INSPECTION_ENTRY_DRAFT))).toEqual([]);
    expect(await loadEntryDraft(db, INSPECTION_ENTRY_DRAFT)).toBeUndefined();
    expect(await loadLastEntry(db, INSPECTION_ENTRY_DRAFT)).toEqual({ estateId: wanke.id, inspectors: ['张敏', '李强'] });
  });

  it('leaves the draft and its photos alone when the save is refused', async () => {
    await saveEntryDraft(db, INSPECTION_ENTRY_DRAFT, { note: 'typed' });
    await addPhoto(db, draftOwner(INSPECTION_ENTRY_DRAFT), photo('a.jpg'));
    await refusal(createInspection(db, spotCheck('nowhere'), { fromDraft: INSPECTION_ENTRY_DRAFT }));
    expect((await loadEntryDraft(db, INSPECTION_ENTRY_DRAFT))?.values).toEqual({ note: 'typed' });
    expect(await listPhotos(db, draftOwner(INSPECTION_ENTRY_DRAFT))).toHaveLength(1);
  });
});

describe('updateInspection', () => {
  it('changes the given fields and keeps the rest', async () => {
    const created = await createInspection(db, spotCheck(wanke.id));
    const updated = await updateInspection(db, created.id, { findings: '总体较好', score: '92' });
    expect(updated).toMatchObject({ findings: '总体较好', score: 92, inspectors: ['张敏', '李强'], kind: 'spotCheck' });
    expect(updated.updatedAt).toBeGreaterThan(created.updatedAt);
    expect(updated.categories.sanitation.note).toBe('3 栋垃圾未清运');
  });

  it('refuses a missing inspection', async () => {
    expect((await refusal(updateInspection(db, 'gone', {}))).map((p) => `${p.field}:${p.code}`)).toEqual(['inspection:notFound']);
  });
});

describe('deleteInspection', () => {
  it('deletes the inspection with its photos', async () => {
    const created = await createInspection(db, spotCheck(wanke.id));
    await addPhoto(db, created.id, photo('a.jpg'));
    expect((await getInspection(db, created.id))?.photoCount).toBe(1);
    await deleteInspection(db, created.id);
    expect(await getInspection(db, created.id)).toBeUndefined();
    expect(await db.inspectionPhotos.count()).toBe(0);
  });

  it('is refused while a notice issued from it exists, naming the notice', async () => {
    const created = await createInspection(db, spotCheck(wanke.id));
    await issueNotice(db, { estateId: wanke.id, inspectionId: created.id, issuedOn: '2024-03-15', responsibleParty: '万科物业', items: [{ text: '清运' }], deadline: '2024-03-22' }, '〔{year}〕第{n}号');
    const problems = await refusal(deleteInspection(db, created.id));
    expect(problems).toEqual([{ field: 'inspection', code: 'inspectionHasNotices', params: { numbers: ['〔2024〕第1号'] } }]);
    expect(await getInspection(db, created.id)).toBeDefined();
  });
});

describe('reading inspections', () => {
  it('lists an estate’s inspections newest first and queries by estates and dates', async () => {
    const march = await createInspection(db, spotCheck(wanke.id, '2024-03-15'));
    const april = await createInspection(db, spotCheck(wanke.id, '2024-04-02'));
    const other = await createInspection(db, spotCheck(jinxiu.id, '2024-03-20'));
    expect((await listInspectionsOfEstate(db, wanke.id)).map((i) => i.id)).toEqual([april.id, march.id]);
    const ids = async (query: Parameters<typeof queryInspections>[1]) => (await queryInspections(db, query)).map((i) => i.id).sort();
    expect(await ids({ from: '', to: '', estateIds: null })).toEqual([march.id, april.id, other.id].sort());
    expect(await ids({ from: '2024-03-16', to: '2024-04-02', estateIds: null })).toEqual([april.id, other.id].sort());
    expect(await ids({ from: '', to: '2024-03-31', estateIds: [wanke.id] })).toEqual([march.id]);
    expect(await ids({ from: '', to: '', estateIds: [] })).toEqual([]);
  });
});
