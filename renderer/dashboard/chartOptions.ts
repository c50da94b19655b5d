import { dashboardRange, type DashboardData } from '../../shared/dashboard';
import { INSPECTION_KINDS, SURVEY_OUTCOMES } from '../../shared/inspections';
import type { Route } from '../app/useHashRoute';
import type { Messages } from '../../shared/i18n/catalogs';
import type { ChartOption } from './echarts';
import type { ChartClick } from './ChartCard';

/**
 * Each chart: its option (only the aggregated numbers) and where a click on it goes, the ledger
 * behind the bar clicked. Series are listed in one order for both, so a click's series index
 * names the same thing the legend shows.
 */
export interface DashboardChart {
  readonly key: 'classes' | 'coverage' | 'notices' | 'inspections' | 'acceptance';
  readonly option: ChartOption;
  readonly routeOf: (click: ChartClick) => Route | null;
}

/** The charts' colours, series by series (set here, not left to the library's default, so a PNG looks the same after an update). */
export const DASHBOARD_PALETTE = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc'] as const;

const CLASS_SERIES = ['class1', 'class2', 'class3', 'unclassified'] as const;
const CLASS_CODES = { class1: 1, class2: 2, class3: 3, unclassified: 0 } as const;
const COVERAGE_SERIES = ['estates', 'withAssembly', 'withCommittee', 'filed', 'expired'] as const;
const NOTICE_SERIES = ['issued', 'closed', 'overdue'] as const;

const base = (categories: readonly string[], rotate = 0): ChartOption => ({
  animation: false,
  color: [...DASHBOARD_PALETTE],
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  legend: { top: 0, type: 'scroll' },
  grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
  xAxis: { type: 'category', data: [...categories], axisLabel: { interval: 0, rotate, fontSize: 11 } },
  yAxis: { type: 'value', minInterval: 1 },
});

export function dashboardCharts(data: DashboardData, m: Messages): DashboardChart[] {
  const t = m.dashboard;
  const names = data.classes.map((c) => c.name);
  const classes: DashboardChart = {
    key: 'classes',
    option: {
      ...base(names, names.length > 6 ? 30 : 0),
      series: [
        ...CLASS_SERIES.map((s) => ({ name: t.series[s], type: 'bar', stack: 'inventory', data: data.classes.map((c) => c.inventory[s]) })),
        { name: t.series.planned, type: 'bar', data: data.classes.map((c) => c.planned.total), itemStyle: { color: '#d9d9d9' }, label: { show: true, position: 'top', fontSize: 10 } },
      ],
    },
    routeOf: ({ seriesIndex, dataIndex }) => {
      const community = data.classes[dataIndex];
      if (!community) return null;
      const series = CLASS_SERIES[seriesIndex];
      return { page: 'estates', query: series ? { communityIds: [community.communityId], classes: [CLASS_CODES[series]] } : { communityIds: [community.communityId] } };
    },
  };
  const coverageNames = data.coverage.map((c) => c.name);
  const coverage: DashboardChart = {
    key: 'coverage',
    option: { ...base(coverageNames, coverageNames.length > 6 ? 30 : 0), series: COVERAGE_SERIES.map((s) => ({ name: t.series[s], type: 'bar', data: data.coverage.map((c) => c[s]) })) },
    // 小区数 opens the community's estates; each measure the estates counting toward it today.
    routeOf: ({ seriesIndex, dataIndex }) => {
      const community = data.coverage[dataIndex];
      const series = COVERAGE_SERIES[seriesIndex];
      if (!community || !series) return null;
      const communityIds = [community.communityId];
      return { page: 'estates', query: series === 'estates' ? { communityIds } : { communityIds, coverage: series } };
    },
  };
  const notices: DashboardChart = {
    key: 'notices',
    option: {
      ...base(data.notices.map((n) => t.monthLabel(n.from))),
      series: NOTICE_SERIES.map((s) => ({ name: t.series[s], type: s === 'overdue' ? 'line' : 'bar', data: data.notices.map((n) => n[s]) })),
    },
    // Each bar opens the notices it counts: 下发 by the day issued, 办结 by the day closed, 逾期
    // (open past the deadline today) by the month the deadline fell in.
    routeOf: ({ seriesIndex, dataIndex }) => {
      const month = data.notices[dataIndex];
      const series = NOTICE_SERIES[seriesIndex];
      if (!month || !series) return null;
      const range = { from: month.from, to: month.to };
      if (series === 'issued') return { page: 'inspections', query: { tab: 'notices', noticeDate: 'issuedOn', ...range } };
      if (series === 'closed') return { page: 'inspections', query: { tab: 'notices', noticeDate: 'closedOn', ...range } };
      return { page: 'inspections', query: { tab: 'notices', noticeDate: 'deadline', statuses: ['overdue'], ...range } };
    },
  };
  const inspections: DashboardChart = {
    key: 'inspections',
    option: {
      ...base(data.inspections.map((w) => t.weekLabel(w.from))),
      series: INSPECTION_KINDS.map((kind) => ({ name: m.inspections.kind[kind], type: 'bar', stack: 'kinds', data: data.inspections.map((w) => w.byKind[kind]) })),
    },
    routeOf: ({ seriesIndex, dataIndex }) => {
      const week = data.inspections[dataIndex];
      const kind = INSPECTION_KINDS[seriesIndex];
      return week && kind ? { page: 'inspections', query: { tab: 'inspections', kinds: [kind], from: week.from, to: week.to } } : null;
    },
  };
  const acceptanceNames = data.acceptance.map((a) => a.name);
  const acceptance: DashboardChart = {
    key: 'acceptance',
    option: {
      ...base(acceptanceNames, acceptanceNames.length > 6 ? 30 : 0),
      series: SURVEY_OUTCOMES.map((s) => ({ name: t.series[s], type: 'bar', stack: 'surveys', data: data.acceptance.map((a) => a[s]) })),
    },
    // The community's surveys of that outcome in the months the dashboard reads.
    routeOf: ({ seriesIndex, dataIndex }) => {
      const community = data.acceptance[dataIndex];
      const outcome = SURVEY_OUTCOMES[seriesIndex];
      if (!community || !outcome) return null;
      return { page: 'inspections', query: { tab: 'surveys', communityIds: [community.communityId], outcomes: [outcome], from: dashboardRange(data.today).monthsFrom, to: data.today } };
    },
  };
  return [classes, coverage, notices, inspections, acceptance];
}
