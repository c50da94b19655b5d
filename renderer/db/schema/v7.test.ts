import { describe, expect, it } from 'vitest';
import { openAfterUpgrade } from '../testing/migrationHarness';
import { recordComplaint } from '../../complaints/complaintRepository';
import type { V1CommunityRow, V1EstateRow } from './v1';
import type { V3NoticeRow } from './v3';

const at = 1_700_000_000_000;
const community: V1CommunityRow = {
  id: 'c-wanan', name: '万安社区', nameKey: '万安社区', kind: 'community', director: '', phone: '',
  planned: { total: null, class1: null, class2: null, class3: null }, createdAt: at, updatedAt: at,
};
const estate: V1EstateRow = {
  id: 'e-1', communityId: 'c-wanan', name: '锦绣花园', nameKey: '锦绣花园', estateClass: 1, mode: 'market', company: '万科物业',
  buildings: null, households: 100, floorArea: null, address: '', pilot: false, notes: '', createdAt: at, updatedAt: at,
};
const notice: V3NoticeRow = {
  id: 'n-1', estateId: 'e-1', inspectionId: null, issuedOn: '2024-03-01', responsibleParty: '万科物业', items: [{ category: 'sanitation', text: '清运' }],
  deadline: '2024-03-08', originalDeadline: '2024-03-08', status: 'pending', events: [], closedOn: null, year: 2024, serial: 1, number: '〔2024〕第1号', createdAt: at, updatedAt: at,
};

describe('schema v7: complaints', () => {
  it('adds the complaint tables to a v6 database, leaving its rows as they were, and numbers the first complaint 1', async () => {
    const db = await openAfterUpgrade(6, async (old) => {
      await old.table<V1CommunityRow>('communities').add(community);
      await old.table<V1EstateRow>('estates').add(estate);
      await old.table<V3NoticeRow>('notices').add(notice);
      await old.table('importBatchEntries').add({ batchId: 'b-1', entries: [] });
    });
    expect(await db.complaints.count()).toBe(0);
    expect(await db.notices.get('n-1')).toEqual(notice);
    expect(await db.importBatchEntries.get('b-1')).toEqual({ batchId: 'b-1', entries: [] });
    const complaint = await recordComplaint(db, { receivedOn: '2024-03-05', channel: 'phone', estateId: 'e-1', category: 'sanitation', content: '垃圾未清运' }, { pattern: '投〔{year}〕{n}号' });
    expect([complaint.number, complaint.communityId, complaint.againstName]).toEqual(['投〔2024〕1号', 'c-wanan', '万科物业']);
    expect(db.complaints.schema.indexes.map((i) => i.name).sort()).toEqual(['*inspectionIds', '[communityId+status]', '[year+serial]', 'communityId', 'estateId', 'number', 'receivedOn', 'status', 'workOrderNumber'].map((n) => n.replace('*', '')).sort());
    db.close();
  });
});
