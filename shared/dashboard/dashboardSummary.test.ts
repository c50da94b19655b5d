import { describe, expect, it } from 'vitest';
import { NO_PLAN } from '../estates';
import { DEFAULT_DUTY_RULES } from './dutyRules';
import { summariseDashboard, type DashboardInput } from './dashboardSummary';
import { recentMonths, recentWeeks, weekOf } from './periods';

// Wednesday 12 June 2024: the week runs Monday 10 to Sunday 16 June.
const TODAY = '2024-06-12';
const rules = { ...DEFAULT_DUTY_RULES, termExpiryWarningMonths: 3, acceptanceThreshold: 0.85 };

const input = (over: Partial<DashboardInput> = {}): DashboardInput => ({
  today: TODAY,
  rules,
  communities: [
    { id: 'wa', name: '万安社区', planned: { total: 3, class1: 1, class2: 1, class3: 1 } },
    { id: 'tp', name: '太平社区', planned: NO_PLAN },
  ],
  estates: [
    { id: 'e1', communityId: 'wa', estateClass: 1, mode: 'streetCentre' },
    { id: 'e2', communityId: 'wa', estateClass: 3, mode: 'streetCentre' },
    { id: 'e3', communityId: 'tp', estateClass: 2, mode: 'market' },
  ],
  committees: {
    groups: [],
    meetings: [{ estateId: 'e3', heldOn: '2024-04-01', kind: 'first' }],
    terms: [{ estateId: 'e3', termNumber: 1, electedOn: '2024-04-01', endOn: '2029-03-31', filedOn: null }],
  },
  inspectionWeeks: [],
  spotCheckDays: [],
  patrols: [],
  noticeMonths: [],
  overdueDeadlines: [],
  surveys: [],
  ...over,
});

describe('the periods the charts count', () => {
  it('starts weeks on Monday and months on the first', () => {
    expect(weekOf(TODAY)).toEqual({ from: '2024-06-10', to: '2024-06-16' });
    expect(weekOf('2024-06-16')).toEqual({ from: '2024-06-10', to: '2024-06-16' });
    expect(recentWeeks(TODAY, 2)).toEqual([{ from: '2024-06-03', to: '2024-06-09' }, { from: '2024-06-10', to: '2024-06-16' }]);
    expect(recentMonths('2024-02-29', 3)).toEqual([
      { from: '2023-12-01', to: '2023-12-31' },
      { from: '2024-01-01', to: '2024-01-31' },
      { from: '2024-02-01', to: '2024-02-29' },
    ]);
  });
});

describe('the dashboard summary', () => {
  it('counts estates by class per community beside the plan', () => {
    const { classes } = summariseDashboard(input());
    expect(classes.map((c) => [c.name, c.inventory.class1, c.inventory.class3, c.planned.total])).toEqual([['万安社区', 1, 1, 3], ['太平社区', 0, 0, null]]);
  });

  it('counts committee coverage per community as the coverage report does', () => {
    const { coverage } = summariseDashboard(input());
    expect(coverage[1]).toMatchObject({ name: '太平社区', estates: 1, withAssembly: 1, withCommittee: 1, filed: 0, expired: 0 });
  });

  it('checks the week\'s spot-check working days against the rule', () => {
    expect(summariseDashboard(input({ spotCheckDays: ['2024-06-10', '2024-06-10'] })).duties.spotCheck).toMatchObject({ days: 1, required: 1, met: true });
    // A spot check on Sunday is not a working day's, and last week's does not count.
    expect(summariseDashboard(input({ spotCheckDays: ['2024-06-16', '2024-06-07'] })).duties.spotCheck.met).toBe(false);
    expect(summariseDashboard(input({ rules: { ...rules, spotCheckDaysPerWeek: 2 }, spotCheckDays: ['2024-06-10'] })).duties.spotCheck.met).toBe(false);
  });

  it('finds the centre-managed estates patrolled fewer times than the rule asks on the last whole day', () => {
    const patrols = [{ estateId: 'e1' }, { estateId: 'e1' }, { estateId: 'e2' }, { estateId: 'e3' }];
    expect(summariseDashboard(input({ patrols })).duties.patrol).toEqual({ day: '2024-06-11', estates: 2, short: 1, required: 2, met: false });
    expect(summariseDashboard(input({ patrols, rules: { ...rules, patrolsPerDay: 1 } })).duties.patrol.met).toBe(true);
  });

  it('counts a committee not filed within 30 days of its election', () => {
    expect(summariseDashboard(input()).duties.filing).toEqual({ overdue: 1, filedLate: 0, met: false });
  });

  it('puts each overdue notice in the month of its deadline, and counts the open ones past it', () => {
    const noticeMonths = recentMonths(TODAY, 2).map((m) => ({ ...m, issued: 1, closed: 0 }));
    const data = summariseDashboard(input({ noticeMonths, overdueDeadlines: ['2024-06-08', '2024-05-09', '2024-01-05'] }));
    expect(data.notices.map((n) => [n.from, n.issued, n.overdue])).toEqual([['2024-05-01', 1, 1], ['2024-06-01', 1, 1]]);
    expect(data.duties.overdueNotices).toEqual({ count: 3, met: false });
    expect(summariseDashboard(input()).duties.overdueNotices.met).toBe(true);
  });

  it('judges each survey by the threshold it was entered under', () => {
    const surveys = [
      { estateId: 'e1', surveyed: 100, satisfied: 86, threshold: 0.85 },
      { estateId: 'e2', surveyed: 100, satisfied: 86, threshold: 0.9 },
    ];
    expect(summariseDashboard(input({ surveys })).acceptance[0]).toEqual({ communityId: 'wa', name: '万安社区', accepted: 1, makeUp: 1 });
  });
});
