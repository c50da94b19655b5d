import type { Locale } from '../i18n/locale';

/** 概况: the dashboard's charts, the duties with their rules, the PNG export. */
const zhCN = {
  title: '街道概况',
  subtitle: (today: string) => `截至 ${today}，点击图表可打开对应台账`,
  loading: '正在汇总…',
  savePng: '保存为图片',
  pngFilter: 'PNG 图片',
  pngName: (chart: string, today: string) => `${chart}-${today}.png`,
  saved: (path: string) => `已保存到 ${path}`,
  charts: {
    classes: '各社区小区分类（右侧为规划数）',
    coverage: '各社区业主委员会覆盖',
    notices: '整改通知书（按月）',
    inspections: '检查次数（按周、按类型）',
    acceptance: '验收测评结果（近 12 个月）',
  },
  series: {
    class1: '一类',
    class2: '二类',
    class3: '三类',
    unclassified: '未分类',
    planned: '规划数',
    estates: '小区数',
    withAssembly: '已成立业主大会',
    withCommittee: '已成立业委会',
    filed: '已备案',
    expired: '已到期未换届',
    issued: '下发',
    closed: '办结',
    overdue: '逾期未办结',
    accepted: '通过验收',
    makeUp: '需补课',
  },
  weekLabel: (from: string) => `${from.slice(5)}周`,
  monthLabel: (from: string) => `${from.slice(0, 4)}年${Number(from.slice(5, 7))}月`,
  duties: {
    title: '履职指标',
    met: '达标',
    notMet: '未达标',
    spotCheck: {
      name: '每周抽查',
      rule: '方案一：“每周不少于1个工作日对物业服务项目进行抽查”',
      value: (days: number, required: number) => `本周已抽查 ${days} 个工作日，要求不少于 ${required} 个`,
    },
    patrol: {
      name: '每日巡逻',
      rule: '方案三：“每天不少于两次在小区内巡逻”（街道物业服务中心托管的小区）',
      value: (short: number, estates: number, required: number, day: string) =>
        estates === 0 ? '没有街道物业服务中心托管的小区' : `${day} 巡查不足 ${required} 次的小区：${short} / ${estates} 个`,
    },
    filing: {
      name: '30日内备案',
      rule: '《物业管理条例》第十六条：业主委员会自选举产生之日起30日内备案',
      value: (overdue: number, filedLate: number) => `备案逾期 ${overdue} 个，逾期后补备案 ${filedLate} 个`,
    },
    overdueNotices: {
      name: '整改逾期',
      rule: '整改通知书须在整改期限内办结',
      value: (count: number) => `已过整改期限未办结 ${count} 份`,
    },
  },
  settings: {
    section: '履职指标',
    spotCheckDaysPerWeek: '每周抽查的工作日数（不少于）',
    patrolsPerDay: '托管小区每天巡查次数（不少于）',
  },
};

type DashboardMessages = typeof zhCN;

const en: DashboardMessages = {
  title: 'The street at a glance',
  subtitle: (today) => `As of ${today}; click a chart to open the ledger behind it`,
  loading: 'Summing up…',
  savePng: 'Save as image',
  pngFilter: 'PNG image',
  pngName: (chart, today) => `${chart}-${today}.png`,
  saved: (path) => `Saved to ${path}`,
  charts: {
    classes: 'Estates by class per community (planned on the right)',
    coverage: "Owners' committee coverage per community",
    notices: 'Rectification notices per month',
    inspections: 'Inspections per week, by kind',
    acceptance: 'Acceptance surveys (last 12 months)',
  },
  series: {
    class1: 'Class I',
    class2: 'Class II',
    class3: 'Class III',
    unclassified: 'Unclassified',
    planned: 'Planned',
    estates: 'Estates',
    withAssembly: 'Assembly formed',
    withCommittee: 'Committee formed',
    filed: 'Filed',
    expired: 'Expired, not re-elected',
    issued: 'Issued',
    closed: 'Closed',
    overdue: 'Overdue',
    accepted: 'Accepted',
    makeUp: 'Make-up needed',
  },
  weekLabel: (from) => `wk ${from.slice(5)}`,
  monthLabel: (from) => from.slice(0, 7),
  duties: {
    title: 'Duties',
    met: 'Met',
    notMet: 'Not met',
    spotCheck: {
      name: 'Weekly spot checks',
      rule: 'Plan 1: spot-check the property services on at least 1 working day a week',
      value: (days, required) => `${days} working days with spot checks this week; at least ${required} required`,
    },
    patrol: {
      name: 'Daily patrols',
      rule: 'Plan 3: patrol inside the estate at least twice a day (estates the street service centre manages)',
      value: (short, estates, required, day) => (estates === 0 ? 'No estate is managed by the street service centre' : `${day}: ${short} of ${estates} estates patrolled fewer than ${required} times`),
    },
    filing: {
      name: 'Filing within 30 days',
      rule: 'Property Management Regulations art. 16: a committee files within 30 days of its election',
      value: (overdue, filedLate) => `${overdue} overdue, ${filedLate} filed late`,
    },
    overdueNotices: {
      name: 'Overdue rectification',
      rule: 'A rectification notice is closed within its deadline',
      value: (count) => `${count} notices past their deadline and still open`,
    },
  },
  settings: {
    section: 'Duties',
    spotCheckDaysPerWeek: 'Working days a week with spot checks (at least)',
    patrolsPerDay: 'Patrols a day in centre-managed estates (at least)',
  },
};

export const dashboardMessages: Readonly<Record<Locale, DashboardMessages>> = { 'zh-CN': zhCN, en };
