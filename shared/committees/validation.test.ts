import { describe, expect, it } from 'vitest';
import {
  memberInTermProblems,
  membersOutsideTerm,
  validateAssemblyMeeting,
  validateCommitteeMember,
  validateCommitteeTerm,
  validatePreparatoryGroup,
} from './validation';

const rules = { defaultTermYears: 5 };
const codes = (result: { ok: boolean; problems?: readonly { field: string; code: string }[] }) =>
  result.ok ? [] : (result.problems ?? []).map((p) => `${p.field}:${p.code}`);

describe('validateCommitteeTerm', () => {
  it('reads the fields as a district list writes them and defaults the term from the settings', () => {
    const result = validateCommitteeTerm(
      { estateId: 'e1', termNumber: '第二届', electedOn: '2021年6月1日', filedOn: 44365, filingNumber: ' 备2021-08 ' },
      rules,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        estateId: 'e1',
        termNumber: 2,
        electedOn: '2021-06-01',
        startOn: '2021-06-01',
        endOn: '2026-06-01',
        filedOn: '2021-06-18',
        filingNumber: '备2021-08',
        notes: '',
      },
    });
  });

  it('ends a term started on a leap day on 28 February', () => {
    const result = validateCommitteeTerm({ estateId: 'e1', termNumber: 1, electedOn: '2024-02-29' }, rules);
    expect(result.ok && result.value.endOn).toBe('2029-02-28');
  });

  it('takes a length in years (任期（年）) or an explicit end over the default', () => {
    const byYears = validateCommitteeTerm({ estateId: 'e1', termNumber: 1, electedOn: '2024-05-10', startOn: '2024-06-01', termYears: '3' }, rules);
    expect(byYears.ok && byYears.value).toMatchObject({ startOn: '2024-06-01', endOn: '2027-06-01' });
    const explicit = validateCommitteeTerm({ estateId: 'e1', termNumber: 1, electedOn: '2024-05-10', endOn: '2028-12-31', termYears: 3 }, rules);
    expect(explicit.ok && explicit.value.endOn).toBe('2028-12-31');
    expect(codes(validateCommitteeTerm({ estateId: 'e1', termNumber: 1, electedOn: '2024-05-10', termYears: 12 }, rules))).toEqual(['termYears:outOfRange']);
  });

  it('refuses every bad field at once, each under its own name', () => {
    const result = validateCommitteeTerm({ termNumber: '下届', electedOn: '3/15/24', filingNumber: 'X-1' }, rules);
    expect(codes(result)).toEqual(['estateId:required', 'termNumber:notATermNumber', 'electedOn:notADate', 'filedOn:required']);
  });

  it('refuses dates out of order: start or filing before the election, end not after the start', () => {
    const result = validateCommitteeTerm(
      { estateId: 'e1', termNumber: 1, electedOn: '2024-05-10', startOn: '2024-05-01', endOn: '2024-05-10', filedOn: '2024-05-09' },
      rules,
    );
    expect(result.ok ? [] : result.problems).toEqual([
      { field: 'startOn', code: 'dateTooEarly', params: { earliest: '2024-05-10' } },
      { field: 'endOn', code: 'dateTooEarly', params: { earliest: '2024-05-11' } },
      { field: 'filedOn', code: 'dateTooEarly', params: { earliest: '2024-05-10' } },
    ]);
  });

  it('accepts filing on the day of the election', () => {
    expect(validateCommitteeTerm({ estateId: 'e1', termNumber: 1, electedOn: '2024-05-10', filedOn: '2024-05-10' }, rules).ok).toBe(true);
  });
});

describe('validateCommitteeMember', () => {
  it('reads a member with role, contact and room', () => {
    expect(validateCommitteeMember({ name: ' 王建国 ', role: '主任', phone: '13800000000', building: '3栋', room: '2-301' })).toEqual({
      ok: true,
      value: { name: '王建国', role: 'chair', phone: '13800000000', building: '3栋', room: '2-301', joinedOn: null, leftOn: null, leftReason: null },
    });
  });

  it('needs a name and a known role', () => {
    expect(codes(validateCommitteeMember({ role: '秘书' }))).toEqual(['name:required', 'role:unknownRole']);
    expect(codes(validateCommitteeMember({ name: '王' }))).toEqual(['role:required']);
  });

  it('needs a day and a reason to leave, the day not before joining', () => {
    expect(codes(validateCommitteeMember({ name: '王', role: '委员', leftOn: '2024-05-01' }))).toEqual(['leftReason:required']);
    expect(codes(validateCommitteeMember({ name: '王', role: '委员', leftReason: '辞职' }))).toEqual(['leftOn:required']);
    expect(codes(validateCommitteeMember({ name: '王', role: '委员', joinedOn: '2024-05-02', leftOn: '2024-05-01', leftReason: '罢免' }))).toEqual([
      'leftOn:dateTooEarly',
    ]);
  });
});

describe('a member within the term', () => {
  const term = { electedOn: '2024-03-01', endOn: '2029-03-01' };
  const seat = (name: string, role: 'chair' | 'member', joinedOn: string | null = null, leftOn: string | null = null) => ({ name, role, joinedOn, leftOn });

  it('refuses a by-election before the election or a leaving after the term', () => {
    expect(memberInTermProblems(term, seat('甲', 'member', '2024-02-01'), [])).toEqual([
      { field: 'joinedOn', code: 'dateTooEarly', params: { earliest: '2024-03-01' } },
    ]);
    expect(memberInTermProblems(term, seat('甲', 'member', null, '2029-03-02'), [])).toEqual([
      { field: 'leftOn', code: 'dateTooLate', params: { latest: '2029-03-01' } },
    ]);
  });

  it('refuses a second chair at the same time and allows a successor from the day the chair left', () => {
    const chair = seat('王主任', 'chair', null, '2025-01-10');
    expect(memberInTermProblems(term, seat('李', 'chair'), [chair])).toEqual([{ field: 'role', code: 'twoChairs', params: { name: '王主任' } }]);
    expect(memberInTermProblems(term, seat('李', 'chair', '2025-01-10'), [chair])).toEqual([]);
    expect(memberInTermProblems(term, seat('李', 'chair', '2025-01-09'), [chair])).toHaveLength(1);
  });

  it('names a member that a change of the term dates would strand', () => {
    const members = [seat('甲', 'member'), seat('乙', 'member', '2024-06-01')];
    expect(membersOutsideTerm({ electedOn: '2024-07-01', endOn: '2029-07-01' }, members)).toEqual([
      { field: 'electedOn', code: 'memberOutsideTerm', params: { name: '乙' } },
    ]);
    expect(membersOutsideTerm({ electedOn: '2024-03-01', endOn: '2024-05-31' }, members)).toEqual([
      { field: 'endOn', code: 'memberOutsideTerm', params: { name: '乙' } },
    ]);
    expect(membersOutsideTerm(term, members)).toEqual([]);
  });
});

describe('validatePreparatoryGroup and validateAssemblyMeeting', () => {
  it('reads a group with its member list', () => {
    expect(validatePreparatoryGroup({ estateId: 'e1', formedOn: '2024.1.10', members: '张三、李四，王五', communityRepresentative: '刘主任' })).toEqual({
      ok: true,
      value: { estateId: 'e1', formedOn: '2024-01-10', members: ['张三', '李四', '王五'], communityRepresentative: '刘主任', notes: '' },
    });
    expect(codes(validatePreparatoryGroup({ estateId: 'e1' }))).toEqual(['formedOn:required']);
  });

  it('reads a meeting with attendance as a count and as shares, keeping the lines of its resolutions', () => {
    const result = validateAssemblyMeeting({
      estateId: 'e1',
      kind: '首次业主大会',
      heldOn: '2024-02-20',
      convenedBy: '筹备组',
      attendingOwners: '1,020',
      ownerSharePercent: '68.5%',
      areaSharePercent: 71,
      resolutions: '一、通过《管理规约》\r\n二、选举第一届业主委员会',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        estateId: 'e1',
        kind: 'first',
        heldOn: '2024-02-20',
        convenedBy: '筹备组',
        attendingOwners: 1020,
        ownerSharePercent: 68.5,
        areaSharePercent: 71,
        resolutions: '一、通过《管理规约》\n二、选举第一届业主委员会',
      },
    });
  });

  it('refuses an unknown kind, a negative count and a share over 100', () => {
    const result = validateAssemblyMeeting({ estateId: 'e1', kind: '年会', heldOn: '2024-02-20', attendingOwners: -3, ownerSharePercent: '120%' });
    expect(codes(result)).toEqual(['kind:unknownMeetingKind', 'attendingOwners:negative', 'ownerSharePercent:notAPercent']);
  });
});
