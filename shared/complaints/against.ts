import type { Estate } from '../estates';

/**
 * Whom a complaint about an estate is against by default: its property company. Estates hold
 * the company as text today; when companies become records of their own, this is the one place
 * that changes.
 */
export function propertyCompanyOf(estate: Pick<Estate, 'company'> | undefined): string {
  return estate?.company.trim() ?? '';
}

/** The estate's company as the complaint links it: the register's record (if the estate names one) and its name as typed. */
export function propertyCompanyLink(estate: Pick<Estate, 'company' | 'companyId'> | undefined): { readonly companyId: string | null; readonly name: string } {
  return { companyId: estate?.companyId ?? null, name: propertyCompanyOf(estate) };
}
