import { problemText, type Problem } from '../common/problem';
import type { Finding } from '../estates';
import type { DomainMessages } from './domain';

/** "户数：不能为负数" — the field's label, then the reason. */
export function formatProblem(problem: Problem, m: DomainMessages): string {
  const label = m.fields[problem.field] ?? problem.field;
  return `${label}${m.separator}${problemText(problem, m.problems)}`;
}

/** Several problems in one line, in the locale's punctuation. */
export function formatProblems(problems: readonly Problem[], m: DomainMessages): string {
  return m.problemList(problems.map((p) => formatProblem(p, m)));
}

export function formatFinding(finding: Finding, m: DomainMessages): string {
  switch (finding.kind) {
    case 'planClassesDoNotAddUp':
      return m.findings.planClassesDoNotAddUp(
        finding.classes.map((c) => c ?? 0).join('+'),
        finding.classSum,
        finding.plannedTotal,
      );
    case 'inventoryDiffersFromPlan':
      return m.findings.inventoryDiffersFromPlan(finding.inventory, finding.planned);
  }
}
