import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import { committeeAction, committeeStatus, compareActions, currentTerm, filingDeadline, type CommitteeStatusCode } from './status';
import type { CommitteeTermLike, EstateCommitteeRecords } from './types';

const rules = { termExpiryWarningMonths: 3 };

const term = (overrides: Partial<CommitteeTermLike> = {}): CommitteeTermLike => ({
  termNumber: 1,
  electedOn: '2024-03-01',
  endOn: '2029-03-01',
  filedOn: null,
  ...overrides,
});

const records = (parts: Partial<EstateCommitteeRecords> = {}): EstateCommitteeRecords => ({ groups: [], meetings: [], terms: [], ...parts });

const codeOn = (r: EstateCommitteeRecords, date: string): CommitteeStatusCode => committeeStatus(r, date, rules).code;

describe('before a committee is elected', () => {
  it('is 未组建 with nothing on record', () => {
    expect(committeeStatus(records(), '2024-03-01', rules)).toMatchObject({ code: 'none', term: null, assemblyHeld: false, dueOn: null });
  });

  it('is 筹备中 from the day the preparatory group is formed, not before', () => {
    const r = records({ groups: [{ formedOn: '2024-01-10' }] });
    expect(codeOn(r, '2024-01-09')).toBe('none');
    expect(codeOn(r, '2024-01-10')).toBe('preparing');
  });

  it('is 筹备中 after an assembly that elected nobody, and counts the assembly', () => {
    const r = records({ meetings: [{ heldOn: '2024-02-01', kind: 'first' }] });
    expect(committeeStatus(r, '2024-02-01', rules)).toMatchObject({ code: 'preparing', assemblyHeld: true });
    expect(committeeStatus(r, '2024-01-31', rules)).toMatchObject({ code: 'none', assemblyHeld: false });
  });
});

describe('the 30-day filing deadline (物业管理条例 art. 16)', () => {
  const elected = records({ terms: [term({ electedOn: '2024-03-01' })] });

  it('puts day 30 on the deadline: elected 1 March, file by 31 March', () => {
    expect(filingDeadline('2024-03-01')).toBe('2024-03-31');
  });

  it('is 已选举未备案 through day 30 and 备案逾期 from day 31', () => {
    expect(codeOn(elected, '2024-03-01')).toBe('electedUnfiled');
    expect(codeOn(elected, '2024-03-31')).toBe('electedUnfiled');
    expect(codeOn(elected, '2024-04-01')).toBe('filingOverdue');
  });

  it('treats a filing on day 30 as on time and one on day 31 as late, both 已备案', () => {
    const onDay30 = committeeStatus(records({ terms: [term({ filedOn: '2024-03-31' })] }), '2024-05-01', rules);
    expect(onDay30).toMatchObject({ code: 'filed', filed: true, filedLate: false });
    const onDay31 = committeeStatus(records({ terms: [term({ filedOn: '2024-04-01' })] }), '2024-05-01', rules);
    expect(onDay31).toMatchObject({ code: 'filed', filed: true, filedLate: true });
  });

  it('shows 备案逾期 on the days between the deadline and a late filing', () => {
    const r = records({ terms: [term({ filedOn: '2024-04-10' })] });
    expect(codeOn(r, '2024-04-09')).toBe('filingOverdue');
    expect(codeOn(r, '2024-04-10')).toBe('filed');
  });

  it('counts a leap day as a day: elected 30 January 2024, the deadline is 29 February', () => {
    const r = records({ terms: [term({ electedOn: '2024-01-30', endOn: '2029-01-30' })] });
    expect(committeeStatus(r, '2024-02-29', rules)).toMatchObject({ code: 'electedUnfiled', filingDeadline: '2024-02-29' });
    expect(codeOn(r, '2024-03-01')).toBe('filingOverdue');
    // In a common year the same election has 1 March as day 30.
    const common = records({ terms: [term({ electedOn: '2023-01-30', endOn: '2028-01-30' })] });
    expect(codeOn(common, '2023-03-01')).toBe('electedUnfiled');
    expect(codeOn(common, '2023-03-02')).toBe('filingOverdue');
  });

  it('elected on a leap day, the deadline is 30 March', () => {
    const r = records({ terms: [term({ electedOn: '2024-02-29', endOn: '2029-02-28' })] });
    expect(codeOn(r, '2024-03-30')).toBe('electedUnfiled');
    expect(codeOn(r, '2024-03-31')).toBe('filingOverdue');
  });

  it('holds for every election date: day 30 in time, day 31 late', () => {
    const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(day, (electedOn) => {
        const r = records({ terms: [term({ electedOn, endOn: addDays(electedOn, 1826) })] });
        expect(codeOn(r, addDays(electedOn, 30))).toBe('electedUnfiled');
        expect(codeOn(r, addDays(electedOn, 31))).toBe('filingOverdue');
      }),
    );
  });
});

describe('the end of a term', () => {
  const filed = records({ terms: [term({ electedOn: '2019-06-01', endOn: '2024-06-01', filedOn: '2019-06-20' })] });

  it('is 已备案 until N months before the end, then 即将到期', () => {
    expect(codeOn(filed, '2024-02-29')).toBe('filed');
    expect(codeOn(filed, '2024-03-01')).toBe('expiring');
  });

  it('is still 即将到期 on the last day of the term and 已到期未换届 the day after', () => {
    expect(committeeStatus(filed, '2024-06-01', rules)).toMatchObject({ code: 'expiring', dueOn: '2024-06-01' });
    expect(committeeStatus(filed, '2024-06-02', rules)).toMatchObject({ code: 'expired', dueOn: '2024-06-01' });
  });

  it('reads the warning window from the settings', () => {
    expect(committeeStatus(filed, '2024-01-15', { termExpiryWarningMonths: 6 }).code).toBe('expiring');
    expect(committeeStatus(filed, '2024-05-31', { termExpiryWarningMonths: 0 }).code).toBe('filed');
    expect(committeeStatus(filed, '2024-06-01', { termExpiryWarningMonths: 0 }).code).toBe('expiring');
  });

  it('counts months to the same day, clamped at a short month: a term ending 31 May warns from 28 February', () => {
    const r = records({ terms: [term({ electedOn: '2018-05-31', endOn: '2023-05-31', filedOn: '2018-06-01' })] });
    expect(codeOn(r, '2023-02-27')).toBe('filed');
    expect(codeOn(r, '2023-02-28')).toBe('expiring');
  });

  it('reports an expired term before an unfiled one: re-election is the work now', () => {
    const r = records({ terms: [term({ electedOn: '2019-06-01', endOn: '2024-06-01' })] });
    expect(codeOn(r, '2024-06-02')).toBe('expired');
    expect(codeOn(r, '2024-06-01')).toBe('filingOverdue');
  });
});

describe('an estate with two terms', () => {
  const first = term({ termNumber: 1, electedOn: '2019-06-01', endOn: '2024-06-01', filedOn: '2019-06-20' });
  const second = term({ termNumber: 2, electedOn: '2024-04-20', endOn: '2029-04-20', filedOn: '2024-05-10' });
  const both = records({ meetings: [{ heldOn: '2019-06-01', kind: 'first' }], terms: [second, first] });

  it('follows the first term until the second is elected, whichever order they are stored in', () => {
    expect(committeeStatus(both, '2024-04-19', rules)).toMatchObject({ code: 'expiring', term: first });
    expect(currentTerm([first, second], '2024-04-19')).toBe(first);
  });

  it('switches to the new term the day of a re-election before expiry, unfiled until it files', () => {
    expect(committeeStatus(both, '2024-04-20', rules)).toMatchObject({ code: 'electedUnfiled', term: second, filingDeadline: '2024-05-20' });
    expect(codeOn(both, '2024-05-10')).toBe('filed');
    // The old term's end day passes unnoticed: it was replaced.
    expect(codeOn(both, '2024-06-02')).toBe('filed');
  });

  it('knows nothing of a re-election on days before it', () => {
    expect(codeOn(both, '2020-01-01')).toBe('filed');
    expect(codeOn(both, '2019-05-31')).toBe('none');
  });

  it('after a lapse, the late re-election starts the cycle again', () => {
    const late = term({ termNumber: 2, electedOn: '2024-09-01', endOn: '2029-09-01', filedOn: null });
    const r = records({ terms: [first, late] });
    expect(codeOn(r, '2024-08-31')).toBe('expired');
    expect(codeOn(r, '2024-09-01')).toBe('electedUnfiled');
  });
});

describe('committeeAction: what needs doing this week', () => {
  const on = (r: EstateCommitteeRecords, date: string) => committeeAction(committeeStatus(r, date, rules), date);

  it('lists an overdue filing with the days it is late', () => {
    expect(on(records({ terms: [term()] }), '2024-04-03')).toEqual({ kind: 'filingOverdue', dueOn: '2024-03-31', daysLeft: -3 });
  });

  it('lists an unfiled committee only once its deadline is within seven days', () => {
    const r = records({ terms: [term()] });
    expect(on(r, '2024-03-23')).toBeNull();
    expect(on(r, '2024-03-24')).toEqual({ kind: 'filingDue', dueOn: '2024-03-31', daysLeft: 7 });
  });

  it('lists expiring and expired terms, and nothing for a filed term or one still forming', () => {
    const filed = records({ terms: [term({ electedOn: '2019-06-01', endOn: '2024-06-01', filedOn: '2019-06-20' })] });
    expect(on(filed, '2023-06-01')).toBeNull();
    expect(on(filed, '2024-05-25')).toEqual({ kind: 'expiring', dueOn: '2024-06-01', daysLeft: 7 });
    expect(on(filed, '2024-06-10')).toEqual({ kind: 'expired', dueOn: '2024-06-01', daysLeft: -9 });
    expect(on(records({ groups: [{ formedOn: '2024-01-01' }] }), '2024-06-10')).toBeNull();
  });

  it('sorts what is overdue first, then by the day it falls due', () => {
    const actions = [
      { kind: 'expiring', dueOn: '2024-06-01', daysLeft: 30 },
      { kind: 'filingDue', dueOn: '2024-05-05', daysLeft: 3 },
      { kind: 'expired', dueOn: '2024-01-01', daysLeft: -120 },
      { kind: 'filingOverdue', dueOn: '2024-04-20', daysLeft: -12 },
    ] as const;
    expect([...actions].sort(compareActions).map((a) => a.kind)).toEqual(['expired', 'filingOverdue', 'filingDue', 'expiring']);
  });
});
