import { expect } from 'vitest';

/**
 * An estate row of an older version as today's database holds it: unchanged, plus the link to
 * the company its free-text name became in version 8 (none for a blank name) and the empty
 * alias list version 12 gave it.
 */
export function asUpgradedEstate<Row extends { readonly company: string }>(row: Row): Row & { companyId: unknown; aliases: readonly string[] } {
  return { ...row, companyId: row.company.trim() === '' ? null : expect.any(String), aliases: [] };
}
