import { nameKey } from '../common/text';
import type { WorkbookAnalysis } from '../exchange/pipeline';
import type { EstateRow } from './estateMapping';

/**
 * A new street office's first estate list names communities the ledger does not have yet: the
 * import offers to create them rather than refusing every estate. These are the names, first
 * seen first, of the communities estate rows were refused for as unknown.
 */
export function unknownCommunitiesOf(estates: WorkbookAnalysis<EstateRow> | null): string[] {
  const names = new Map<string, string>();
  for (const row of estates?.rows.invalid ?? []) {
    for (const p of row.problems) {
      if (p.issue.source !== 'domain') continue;
      const problem = p.issue.problem;
      if (problem.code !== 'unknownCommunity') continue;
      const name = problem.params.name;
      if (name !== '' && !names.has(nameKey(name))) names.set(nameKey(name), name);
    }
  }
  return [...names.values()];
}
