import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_RULES } from './deadlineRules';
import { monthlySummary, rate } from './monthlySummary';
import { complaintRecord } from './testComplaints';

const rules = DEFAULT_COMPLAINT_RULES;

describe('the monthly summary', () => {
  const rows = [
    // Received in March, concluded on time and satisfied.
    complaintRecord({ id: 'a', status: 'concluded', acceptedOn: '2024-03-02', concludedOn: '2024-03-20', satisfaction: 'satisfied' }),
    // Received in March, concluded in March after the hotline deadline, not satisfied.
    complaintRecord({ id: 'b', communityId: 'k-2', category: 'fees', channel: 'hotline', hotlineDeadline: '2024-03-10', status: 'concluded', acceptedOn: '2024-03-02', concludedOn: '2024-03-15', satisfaction: 'unsatisfied' }),
    // Received in March, never accepted: overdue by the month's end.
    complaintRecord({ id: 'c', receivedOn: '2024-03-05' }),
    // Received in February, concluded in March on time, basically satisfied.
    complaintRecord({ id: 'd', receivedOn: '2024-02-20', status: 'concluded', acceptedOn: '2024-02-21', concludedOn: '2024-03-01', satisfaction: 'basic' }),
    // April: not this month's.
    complaintRecord({ id: 'e', receivedOn: '2024-04-02' }),
  ];

  it('counts received, concluded, on time and satisfied for the street, by category and by community', () => {
    const summary = monthlySummary(rows, '2024-03', '2024-06-01', rules, ['k-1', 'k-2', 'k-3']);
    expect(summary.asOf).toBe('2024-03-31');
    expect(summary.total).toEqual({ received: 3, concluded: 3, onTime: 2, asked: 3, satisfied: 2, overdue: 1 });
    expect(rate(summary.total.onTime, summary.total.concluded)).toBeCloseTo(2 / 3);
    expect(summary.byCategory.map((l) => [l.key, l.received, l.concluded])).toEqual([['sanitation', 2, 2], ['fees', 1, 1]]);
    expect(summary.byCommunity.map((l) => [l.key, l.received, l.onTime])).toEqual([['k-1', 2, 2], ['k-2', 1, 0], ['k-3', 0, 0]]);
  });

  it('reads overdue as the month stood: a complaint concluded in April was open, and late, on 31 March', () => {
    const late = complaintRecord({ id: 'f', receivedOn: '2024-01-02', status: 'concluded', acceptedOn: '2024-01-03', concludedOn: '2024-04-10' });
    expect(monthlySummary([late], '2024-03', '2024-06-01', rules, []).total.overdue).toBe(1);
    expect(monthlySummary([late], '2024-04', '2024-06-01', rules, []).total.overdue).toBe(0);
    // Within the running month overdue is read on today.
    expect(monthlySummary([complaintRecord({ receivedOn: '2024-03-01' })], '2024-03', '2024-03-10', rules, []).asOf).toBe('2024-03-10');
  });
});
