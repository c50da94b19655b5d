import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messagesFor } from '../../../shared/i18n/catalogs';
import { mergeStaleSave } from '../../components/testing/staleSave';
import type { StreetLedgerDb } from '../../db/StreetLedgerDb';
import { openDbWithOneEstate } from '../../estates/testing/oneEstate';
import { addPhoto } from '../inspectionPhotoRepository';
import { createInspection, updateInspection } from '../inspectionRepository';
import { entryConflict } from './entryConflict';
import { draftOf, entryOf, type EntryValues } from './entryValues';

let db: StreetLedgerDb;
let estateId: string;
beforeEach(async () => {
  ({ db, estateId } = await openDbWithOneEstate());
});
afterEach(() => db.close());

const zh = messagesFor('zh-CN');
const photo = { name: 'a.jpg', type: 'image/jpeg', width: 10, height: 10, blob: new Blob(['x']), thumbnail: new Blob(['y']) };
const save = (id: string) => (values: Partial<EntryValues>, edited: number) => updateInspection(db, id, draftOf(values as EntryValues), edited);

describe('a stale edit of an inspection', () => {
  it('shows a category’s result by its name and the notes as written, and merges them', async () => {
    const inspection = await createInspection(db, { estateId, inspectedOn: '2024-03-15', time: '09:30', kind: '抽查', inspectors: '张敏' });
    const opened = entryOf(inspection, zh.domain.list);
    await updateInspection(db, inspection.id, draftOf({ ...opened, sanitation: 'problem', notes: { ...opened.notes, sanitation: '垃圾未清运' } }), inspection.updatedAt);
    const view = entryConflict(zh, () => '太平社区 / 锦绣花园');

    const { asked, listed } = await mergeStaleSave({ view, opened, version: inspection.updatedAt, mine: { ...opened, findings: '楼道堆物', inspectors: '张敏、李强' }, save: save(inspection.id) });

    expect(asked).toBe(true);
    expect(Object.fromEntries(Object.entries(listed).map(([f, l]) => [f, [l.label, l.changedBy]]))).toEqual({
      inspectors: ['检查人员', 'mine'],
      sanitation: ['环境卫生', 'theirs'],
      notes: [zh.inspections.entry.note, 'theirs'],
      findings: [zh.inspections.entry.findings, 'mine'],
    });
    expect(view.display?.('sanitation', 'problem')).toBe('有问题');
    expect(view.display?.('notes', { ...opened.notes, sanitation: '垃圾未清运' })).toBe('环境卫生（垃圾未清运）');
    const stored = await db.inspections.get(inspection.id);
    expect(stored).toMatchObject({ findings: '楼道堆物', inspectors: ['张敏', '李强'] });
    expect(stored?.categories.sanitation).toMatchObject({ result: 'problem', note: '垃圾未清运' });
  });

  it('a photo added in the same dialog moves the record, not the form: the edit is saved without asking', async () => {
    const inspection = await createInspection(db, { estateId, inspectedOn: '2024-03-15', time: '09:30', kind: '抽查', inspectors: '张敏' });
    const opened = entryOf(inspection, zh.domain.list);
    await addPhoto(db, inspection.id, photo);
    const { asked } = await mergeStaleSave({ view: entryConflict(zh, () => undefined), opened, version: inspection.updatedAt, mine: { ...opened, time: '10:00' }, save: save(inspection.id) });
    expect(asked).toBe(false);
    expect(await db.inspections.get(inspection.id)).toMatchObject({ time: '10:00', photoCount: 1 });
  });
});
