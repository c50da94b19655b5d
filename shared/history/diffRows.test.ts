import { describe, expect, it } from 'vitest';
import { diffRows } from './diffRows';
import { TRACKED_TABLES } from './trackedTables';

const terms = TRACKED_TABLES.committeeTerms!;
const member = (id: string, over: Record<string, unknown> = {}) => ({ id, name: '王芳', role: 'member', leftOn: null, ...over });
const term = (members: unknown[], over: Record<string, unknown> = {}) => ({ id: 't1', estateId: 'e1', termNumber: 1, notes: '', members, updatedAt: 1, ...over });

describe('the entries of one write', () => {
  it('logs the members held in a term as records of their own', () => {
    const before = term([member('m1'), member('m2', { name: '李强' })]);
    const after = term([member('m1', { role: 'chair' }), member('m3', { name: '赵丽' })], { notes: '换届（第二届）', updatedAt: 2 });
    expect(diffRows(terms, 't1', before, after)).toEqual([
      { kind: 'committeeTerm', recordId: 't1', estateId: 'e1', change: 'updated', field: 'notes', before: '', after: '换届（第二届）' },
      { kind: 'committeeMember', recordId: 'm1', estateId: 'e1', change: 'updated', field: 'role', before: 'member', after: 'chair' },
      { kind: 'committeeMember', recordId: 'm3', estateId: 'e1', change: 'created', field: null, before: null, after: null },
      { kind: 'committeeMember', recordId: 'm2', estateId: 'e1', change: 'deleted', field: null, before: member('m2', { name: '李强' }), after: null },
    ]);
  });

  it('ignores stamps and derived keys, and compares lists by content', () => {
    const estates = TRACKED_TABLES.estates!;
    const row = { id: 'e1', name: '万科a区', nameKey: '万科a区', tags: ['甲', '乙'], updatedAt: 1 };
    expect(diffRows(estates, 'e1', row, { ...row, nameKey: 'x', tags: ['甲', '乙'], updatedAt: 9 })).toEqual([]);
    expect(diffRows(estates, 'e1', row, { ...row, name: '万科A区', nameKey: '万科a区' })).toEqual([
      { kind: 'estate', recordId: 'e1', estateId: 'e1', change: 'updated', field: 'name', before: '万科a区', after: '万科A区' },
    ]);
  });
});
