import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messagesFor } from '../../shared/i18n/catalogs';
import { mergeStaleSave } from '../components/testing/staleSave';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { complaintConflict, intakeDraft, intakeValues } from './complaintForm';
import { recordComplaint, updateComplaint } from './complaintRepository';

let db: StreetLedgerDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const names = { community: () => undefined, estate: () => undefined };

describe('a stale correction of a complaint', () => {
  it('is refused, shows both versions with codes by their names, and writes the fields chosen', async () => {
    const complaint = await recordComplaint(db, { receivedOn: '2024-03-01', channel: 'phone', category: 'other', content: '楼道堆物', complainantName: '王小明' }, { pattern: '投〔{year}〕{n}号' });
    const opened = intakeValues(complaint);
    await updateComplaint(db, complaint.id, intakeDraft({ ...opened, category: 'sanitation', complainantPhone: '13800000001' }), complaint.updatedAt);
    const view = complaintConflict(messagesFor('zh-CN'), names);

    const { listed } = await mergeStaleSave({
      view,
      opened,
      version: complaint.updatedAt,
      mine: { ...opened, category: 'publicOrder' as const, content: '楼道堆物，已多次反映' },
      save: (values, edited) => updateComplaint(db, complaint.id, intakeDraft(values), edited),
      choose: { category: 'theirs' },
    });

    expect(Object.keys(listed)).toEqual(['complainantPhone', 'category', 'content']);
    expect(listed.category).toMatchObject({ label: '类别', changedBy: 'both' });
    expect(view.display?.('category', 'sanitation')).toBe('环境卫生');
    expect(await db.complaints.get(complaint.id)).toMatchObject({ category: 'sanitation', complainantPhone: '13800000001', content: '楼道堆物，已多次反映', number: complaint.number });
  });
});
