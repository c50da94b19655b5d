import type { Estate } from '../estates';

/**
 * Whom a complaint about an estate is against by default: its property company. Estates hold
 * the company as text today; when companies become records of their own, this is the one place
 * that changes.
 */
export function propertyCompanyOf(estate: Pick<Estate, 'company'> | undefined): string {
  return estate?.company.trim() ?? '';
}
