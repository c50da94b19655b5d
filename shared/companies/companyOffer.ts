import type { EstateRow } from '../estates';
import type { WorkbookAnalysis } from '../exchange/pipeline';
import type { Company } from './company';
import type { CompanyRow } from './companyMapping';
import { companyKey } from './companyNames';

/**
 * An estate list names companies the register lacks: the import offers to register them with
 * it (else the estates keep the name as typed and link to no company). These are the names,
 * first seen first, that no registered company, no company the file brings and none the user
 * already agreed to create goes by.
 */
export function unknownCompaniesOf(estates: WorkbookAnalysis<EstateRow> | null, stored: readonly Company[], brought: readonly CompanyRow[]): string[] {
  const known = new Set<string>([
    ...stored.flatMap((c) => [c.nameKey, ...c.aliasKeys]),
    ...brought.flatMap((c) => [c.name, ...c.aliases].map(companyKey)),
  ]);
  const names = new Map<string, string>();
  for (const row of estates?.rows.valid ?? []) {
    const key = companyKey(row.value.company);
    if (key !== '' && !known.has(key) && !names.has(key)) names.set(key, row.value.company);
  }
  return [...names.values()];
}
