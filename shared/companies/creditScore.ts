import type { CreditEvent } from './creditEvents';
import { gradeOf, type CreditGrade, type CreditRules } from './creditRules';

/** A company's year in its credit file: the start, each event's points, the total, the grade. */
export interface CreditYear {
  readonly year: number;
  readonly start: number;
  /** The events of the year, oldest first: the lines the company page explains the score with. */
  readonly lines: readonly CreditEvent[];
  readonly score: number;
  readonly grade: CreditGrade;
}

/** Sums without the binary noise of adding tenths (0.1 + 0.2). */
function sum(values: readonly number[]): number {
  return Math.round(values.reduce((total, value) => total + value * 100, 0)) / 100;
}

/** The year's score: the start plus every event of that year; graded by the bands. */
export function creditYear(events: readonly CreditEvent[], companyId: string, year: number, rules: CreditRules): CreditYear {
  const lines = events.filter((e) => e.companyId === companyId && e.on.startsWith(`${year}-`)).sort((a, b) => a.on.localeCompare(b.on) || a.key.localeCompare(b.key));
  const score = sum([rules.start, ...lines.map((e) => e.points)]);
  return { year, start: rules.start, lines, score, grade: gradeOf(score, rules.bands) };
}
