import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDueThisWeek, taskStatusOn } from './taskStatus';

const task = { dueOn: '2026-08-20', startedOn: null, doneOn: null };

describe('a task’s status on a given day', () => {
  it('is 未开始 before anything happened, and due today on its deadline, not yet overdue', () => {
    expect(taskStatusOn(task, '2026-08-19')).toEqual({ code: 'notStarted', dueToday: false, doneLate: false, daysOverdue: 0, daysLeft: 1 });
    expect(taskStatusOn(task, '2026-08-20')).toEqual({ code: 'notStarted', dueToday: true, doneLate: false, daysOverdue: 0, daysLeft: 0 });
  });

  it('turns 逾期 the day after the deadline', () => {
    expect(taskStatusOn(task, '2026-08-21')).toMatchObject({ code: 'overdue', daysOverdue: 1, dueToday: false });
    expect(taskStatusOn({ ...task, startedOn: '2026-08-01' }, '2026-09-20')).toMatchObject({ code: 'overdue', daysOverdue: 31 });
  });

  it('is 进行中 from the day it began or from its first progress note, not before', () => {
    expect(taskStatusOn({ ...task, startedOn: '2026-08-10' }, '2026-08-09').code).toBe('notStarted');
    expect(taskStatusOn({ ...task, startedOn: '2026-08-10' }, '2026-08-10').code).toBe('inProgress');
    expect(taskStatusOn({ ...task, notes: [{ on: '2026-08-12' }] }, '2026-08-11').code).toBe('notStarted');
    expect(taskStatusOn({ ...task, notes: [{ on: '2026-08-12' }] }, '2026-08-12').code).toBe('inProgress');
  });

  it('is 已完成 from the day it was done, on time or late', () => {
    const onTime = { ...task, doneOn: '2026-08-20' };
    expect(taskStatusOn(onTime, '2026-08-19').code).toBe('notStarted');
    expect(taskStatusOn(onTime, '2026-08-20')).toEqual({ code: 'done', dueToday: false, doneLate: false, daysOverdue: 0, daysLeft: null });
    const late = { ...task, doneOn: '2026-08-25' };
    // Before it was done it was overdue; from then on it is done, late.
    expect(taskStatusOn(late, '2026-08-24')).toMatchObject({ code: 'overdue', daysOverdue: 4 });
    expect(taskStatusOn(late, '2026-08-25')).toMatchObject({ code: 'done', doneLate: true });
    expect(taskStatusOn(late, '2027-01-01')).toMatchObject({ code: 'done', doneLate: true });
  });

  it('crosses month and year ends by the calendar', () => {
    expect(taskStatusOn({ ...task, dueOn: '2026-12-31' }, '2027-01-01')).toMatchObject({ code: 'overdue', daysOverdue: 1 });
    expect(taskStatusOn({ ...task, dueOn: '2028-02-29' }, '2028-02-28')).toMatchObject({ code: 'notStarted', daysLeft: 1 });
  });

  it('is overdue on a day exactly when that day is past the deadline and the task was not done by then', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.option(day, { nil: null }), (dueOn, asked, doneOn) => {
        const status = taskStatusOn({ dueOn, startedOn: null, doneOn }, asked);
        const doneBy = doneOn !== null && doneOn <= asked;
        expect(status.code === 'overdue').toBe(!doneBy && asked > dueOn);
        expect(status.code === 'done').toBe(doneBy);
        expect(status.dueToday).toBe(!doneBy && asked === dueOn);
      }),
    );
  });

  it('counts a deadline as this week’s from overdue through six days ahead', () => {
    expect(isDueThisWeek('2026-08-01', '2026-08-10')).toBe(true);
    expect(isDueThisWeek('2026-08-16', '2026-08-10')).toBe(true);
    expect(isDueThisWeek('2026-08-17', '2026-08-10')).toBe(false);
  });
});
