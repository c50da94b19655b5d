import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../inspections';
import { takeStep } from './course';
import { DEFAULT_COMPLAINT_RULES, type ComplaintRules } from './deadlineRules';
import { acceptDeadline, complaintDue, concludeDeadline, concludedOnTime, deadlineInForce, isComplaintOverdue } from './deadlines';
import { complaintRecord } from './testComplaints';
import { addCountedDays, isWorkingDay, workCalendarOf } from './workCalendar';

const rules = DEFAULT_COMPLAINT_RULES;
const author = { by: '张敏', at: 1 };

describe('acceptance deadline (15 days of receipt)', () => {
  const received = complaintRecord({ receivedOn: '2024-03-01' });

  it('is in time on day 15 and overdue on day 16, weekends counted', () => {
    expect(acceptDeadline(received, rules)).toBe('2024-03-16');
    expect(isComplaintOverdue(received, '2024-03-16', rules)).toBe(false);
    expect(isComplaintOverdue(received, '2024-03-17', rules)).toBe(true);
    expect(complaintDue(received, '2024-03-17', rules)).toEqual({ stage: 'accept', deadline: '2024-03-16', state: 'overdue', daysOverdue: 1 });
  });

  it('shows 即将到期 within the warning days, the deadline day included', () => {
    expect(complaintDue(received, '2024-03-08', rules)?.state).toBe('inTime');
    expect(complaintDue(received, '2024-03-09', rules)?.state).toBe('dueSoon');
    expect(complaintDue(received, '2024-03-16', rules)?.state).toBe('dueSoon');
  });

  it('stops counting once accepted or not accepted', () => {
    const accepted = complaintRecord({ status: 'accepted', acceptedOn: '2024-03-10' });
    expect(deadlineInForce(accepted, rules)?.stage).toBe('conclude');
    expect(deadlineInForce(complaintRecord({ status: 'rejected' }), rules)).toBeNull();
  });
});

describe('conclusion deadline (60 days of acceptance, one extension)', () => {
  const accepted = complaintRecord({ status: 'handling', acceptedOn: '2024-03-10' });

  it('runs 60 days from acceptance: in time on the day, overdue the next', () => {
    expect(concludeDeadline(accepted, rules)).toBe('2024-05-09');
    expect(isComplaintOverdue(accepted, '2024-05-09', rules)).toBe(false);
    expect(isComplaintOverdue(accepted, '2024-05-10', rules)).toBe(true);
  });

  it('moves by the extension, which is taken once and for at most 30 days, with a reason', () => {
    const context = { receivedOn: accepted.receivedOn, author, extensionMaxDays: rules.extensionMaxDays };
    const tooLong = takeStep(accepted, 'extended', { on: '2024-04-01', days: 31, reason: '需鉴定' }, context);
    expect(tooLong.ok).toBe(false);
    const noReason = takeStep(accepted, 'extended', { on: '2024-04-01', days: 30, reason: '' }, context);
    expect(noReason.ok).toBe(false);
    const extended = takeStep(accepted, 'extended', { on: '2024-04-01', days: 30, reason: '需房屋安全鉴定' }, context);
    if (!extended.ok) throw new Error('extension refused');
    expect(concludeDeadline({ ...accepted, ...extended.value }, rules)).toBe('2024-06-08');
    const again = takeStep({ ...accepted, ...extended.value }, 'extended', { on: '2024-04-02', days: 5, reason: '再延' }, context);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.problems.map((p) => p.code)).toContain('complaintAlreadyExtended');
  });

  it('gives way to a 12345 work order’s own deadline, which also bounds acceptance', () => {
    const hotline = complaintRecord({ channel: 'hotline', workOrderNumber: 'GD2024030100012', hotlineDeadline: '2024-03-08' });
    expect(acceptDeadline(hotline, rules)).toBe('2024-03-08');
    const inHand = { ...hotline, status: 'handling' as const, acceptedOn: '2024-03-02' };
    expect(concludeDeadline(inHand, rules)).toBe('2024-03-08');
    expect(isComplaintOverdue(inHand, '2024-03-09', rules)).toBe(true);
    // A later hotline deadline wins too, even over the statutory acceptance-plus-60.
    const late = { ...inHand, hotlineDeadline: '2024-06-30' };
    expect(concludeDeadline(late, rules)).toBe('2024-06-30');
  });

  it('counts a conclusion on time only when both deadlines were kept', () => {
    const concluded = complaintRecord({ status: 'concluded', acceptedOn: '2024-03-10', concludedOn: '2024-05-09' });
    expect(concludedOnTime(concluded, rules)).toBe(true);
    expect(concludedOnTime({ ...concluded, concludedOn: '2024-05-10' }, rules)).toBe(false);
    expect(concludedOnTime({ ...concluded, acceptedOn: '2024-03-17', concludedOn: '2024-03-20' }, rules)).toBe(false);
    expect(concludedOnTime(accepted, rules)).toBeNull();
  });
});

describe('working days mode', () => {
  // 2024: 国庆 1–7 October are holidays; Sunday 29 September and Saturday 12 October are worked.
  const working: ComplaintRules = {
    ...rules,
    workingDays: true,
    holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
    workdays: ['2024-09-29', '2024-10-12'],
  };

  it('skips weekends', () => {
    // Received Friday 1 March 2024: 15 working days later is Friday 22 March.
    expect(acceptDeadline(complaintRecord({ receivedOn: '2024-03-01' }), working)).toBe('2024-03-22');
    expect(isComplaintOverdue(complaintRecord({ receivedOn: '2024-03-01' }), '2024-03-22', working)).toBe(false);
    expect(isComplaintOverdue(complaintRecord({ receivedOn: '2024-03-01' }), '2024-03-23', working)).toBe(true);
  });

  it('skips the statutory holidays the user listed and counts the weekend days worked', () => {
    const calendar = workCalendarOf(working);
    expect(isWorkingDay('2024-10-02', calendar)).toBe(false);
    expect(isWorkingDay('2024-09-29', calendar)).toBe(true);
    // Received Friday 27 September: 29 Sep (worked Sunday), 30 Sep, then 8, 9, 10, 11, 12 (worked Saturday) October …
    expect(addCountedDays('2024-09-27', 7, calendar)).toBe('2024-10-12');
    // The same start without the holiday list would end in the holidays.
    expect(addCountedDays('2024-09-27', 7, workCalendarOf({ ...working, holidays: [], workdays: [] }))).toBe('2024-10-08');
  });

  it('always lands on a working day later than the start, and equals calendar days when switched off', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 90 }), (offset, days) => {
        const start = addDays('2020-01-01', offset);
        const end = addCountedDays(start, days, workCalendarOf(working));
        expect(end > start).toBe(true);
        expect(isWorkingDay(end, workCalendarOf(working))).toBe(true);
        expect(addCountedDays(start, days, workCalendarOf(rules))).toBe(addDays(start, days));
      }),
    );
  });
});
