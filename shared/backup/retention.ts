/**
 * Which backups to keep: the newest `keepLast`, plus the newest of each of the last `keepDays`
 * days and of each of the last `keepMonths` months (local calendar, counted back from `now`).
 * Everything else may go. Days and months with no backup simply keep nothing: the rule never
 * reaches further back to make up the number.
 */
export interface RetentionPolicy {
  readonly keepLast: number;
  readonly keepDays: number;
  readonly keepMonths: number;
}

export interface Dated {
  readonly id: string;
  readonly createdAt: number;
}

function dayIndex(ms: number): number {
  const d = new Date(ms);
  return Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
}

function monthIndex(ms: number): number {
  const d = new Date(ms);
  return d.getFullYear() * 12 + d.getMonth();
}

/** The ids to keep. */
export function backupsToKeep(backups: readonly Dated[], policy: RetentionPolicy, now: number): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, Math.max(0, policy.keepLast)).map((b) => b.id));
  const today = dayIndex(now);
  const thisMonth = monthIndex(now);
  const daysSeen = new Set<number>();
  const monthsSeen = new Set<number>();
  for (const backup of newestFirst) {
    const day = dayIndex(backup.createdAt);
    if (today - day < policy.keepDays && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(backup.id);
    }
    const month = monthIndex(backup.createdAt);
    if (thisMonth - month < policy.keepMonths && !monthsSeen.has(month)) {
      monthsSeen.add(month);
      keep.add(backup.id);
    }
  }
  return keep;
}

/** The ids to delete: every backup the policy does not keep. */
export function backupsToPrune(backups: readonly Dated[], policy: RetentionPolicy, now: number): string[] {
  const keep = backupsToKeep(backups, policy, now);
  return backups.filter((b) => !keep.has(b.id)).map((b) => b.id);
}

/** True when no backup was made on `now`'s local day: the first start of the day makes one. */
export function needsDailyBackup(backups: readonly Pick<Dated, 'createdAt'>[], now: number): boolean {
  const today = dayIndex(now);
  return !backups.some((b) => dayIndex(b.createdAt) === today);
}
