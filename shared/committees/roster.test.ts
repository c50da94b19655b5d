import { describe, expect, it } from 'vitest';
import { byRole, memberChanges, rosterOn } from './roster';
import type { CommitteeMemberFields } from './types';

const term = { electedOn: '2024-03-01', endOn: '2029-03-01' };
const member = (name: string, overrides: Partial<CommitteeMemberFields> = {}): CommitteeMemberFields => ({
  name,
  role: 'member',
  phone: '',
  building: '',
  room: '',
  joinedOn: null,
  leftOn: null,
  leftReason: null,
  ...overrides,
});

const members = [
  member('王', { role: 'chair', leftOn: '2025-01-10', leftReason: 'resigned' }),
  member('李', { role: 'viceChair' }),
  member('张', { leftOn: '2025-06-01', leftReason: 'removed' }),
  member('赵', { role: 'chair', joinedOn: '2025-01-10' }),
];

describe('the roster over a term', () => {
  it('holds who sat on the committee each day: leavers until the day they left, by-elected from the day they joined', () => {
    const names = (date: string) => rosterOn(term, members, date).map((m) => m.name);
    expect(names('2024-03-01')).toEqual(['王', '李', '张']);
    expect(names('2025-01-09')).toEqual(['王', '李', '张']);
    expect(names('2025-01-10')).toEqual(['李', '张', '赵']);
    expect(names('2025-06-01')).toEqual(['李', '赵']);
    expect(names('2029-03-02')).toEqual([]);
    expect(names('2024-02-29')).toEqual([]);
  });

  it('lists the member changes in date order', () => {
    expect(memberChanges(members).map((c) => `${c.date} ${c.kind} ${c.member.name}`)).toEqual([
      '2025-01-10 resigned 王',
      '2025-01-10 byElection 赵',
      '2025-06-01 removed 张',
    ]);
  });

  it('orders chair, vice chairs, members, those serving before those who left', () => {
    expect([...members].sort(byRole).map((m) => m.name)).toEqual(['赵', '王', '李', '张']);
  });
});
