import { describe, expect, it } from 'vitest';
import { daysOverdue, isOverdue, shownStatus } from './overdue';

describe('逾期', () => {
  const open = { status: 'pending' as const, deadline: '2024-03-22' };

  it('starts the day after the deadline', () => {
    expect(isOverdue(open, '2024-03-21')).toBe(false);
    expect(isOverdue(open, '2024-03-22')).toBe(false);
    expect(isOverdue(open, '2024-03-23')).toBe(true);
  });

  it('counts whole days past the deadline, across months', () => {
    expect(daysOverdue(open, '2024-03-22')).toBe(0);
    expect(daysOverdue(open, '2024-03-23')).toBe(1);
    expect(daysOverdue(open, '2024-04-22')).toBe(31);
  });

  it('shows 逾期 over any open status, never over a closed one', () => {
    expect(shownStatus(open, '2024-03-23')).toBe('overdue');
    expect(shownStatus({ status: 'reported', deadline: '2024-03-22' }, '2024-03-23')).toBe('overdue');
    expect(shownStatus({ status: 'reopened', deadline: '2024-03-30' }, '2024-03-23')).toBe('reopened');
    expect(shownStatus({ status: 'closed', deadline: '2024-03-22' }, '2025-01-01')).toBe('closed');
    expect(daysOverdue({ status: 'closed', deadline: '2024-03-22' }, '2025-01-01')).toBe(0);
  });
});
