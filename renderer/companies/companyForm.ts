import type { Company, CompanyListing } from '../../shared/companies';
import type { Messages } from '../../shared/i18n/catalogs';
import type { ConflictView } from '../components/staleMerge';

/** The register form's fields: short names in one text, 、 between. */
export interface CompanyValues {
  name: string;
  aliases: string;
  creditCode: string;
  qualification: string;
  legalRepresentative: string;
  contact: string;
  phone: string;
  address: string;
  notes: string;
}

export function companyFormValues(company: Company | null, { domain }: Pick<Messages, 'domain'>): CompanyValues {
  return {
    name: company?.name ?? '',
    aliases: company?.aliases.join(domain.enumeration) ?? '',
    creditCode: company?.creditCode ?? '',
    qualification: company?.qualification ?? '',
    legalRepresentative: company?.legalRepresentative ?? '',
    contact: company?.contact ?? '',
    phone: company?.phone ?? '',
    address: company?.address ?? '',
    notes: company?.notes ?? '',
  };
}

/** A stale edit of a company: the register's fields under the form's labels. */
export function companyConflict(messages: Pick<Messages, 'companies' | 'domain'>): ConflictView<CompanyValues, Company> {
  const t = messages.companies.register;
  return {
    valuesOf: (stored) => companyFormValues(stored, messages),
    labels: { name: t.name, aliases: t.aliases, creditCode: t.creditCode, qualification: t.qualification, legalRepresentative: t.legalRepresentative, contact: t.contact, phone: t.phone, address: t.address, notes: t.notes },
  };
}

/** The red / black list form: the listing and the office's reason. */
export interface ListingValues {
  listing: CompanyListing;
  reason: string;
}

/** A listing set over a later change: only the listing is compared (the reason is the clerk's). */
export function listingConflict({ companies: t }: Pick<Messages, 'companies'>): ConflictView<ListingValues, Company> {
  return {
    valuesOf: (stored) => ({ listing: stored.listing, reason: '' }),
    labels: { listing: t.register.listing },
    display: (field, value) => (field === 'listing' ? t.listing[value as CompanyListing] : undefined),
  };
}
