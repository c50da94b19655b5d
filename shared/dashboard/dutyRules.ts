/**
 * The plans' duties the dashboard checks, with the thresholds a street office sets (設置):
 * plan 1 "每周不少于1个工作日对物业服务项目进行抽查", plan 3 "每天不少于两次在小区内巡逻".
 * The filing deadline (30 days, 物业管理条例 art. 16) is the law's and lives in
 * shared/committees/status.ts, where every committee status tag reads it too.
 */
export interface DutyRules {
  /** Working days a week with at least one spot check (抽查). */
  readonly spotCheckDaysPerWeek: number;
  /** Patrols (日常巡查) a day in each estate the street service centre manages. */
  readonly patrolsPerDay: number;
}

export const DEFAULT_DUTY_RULES: DutyRules = { spotCheckDaysPerWeek: 1, patrolsPerDay: 2 };
