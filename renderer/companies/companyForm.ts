import type { Company } from '../../shared/companies';
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
