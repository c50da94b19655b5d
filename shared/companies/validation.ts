import type { Problem, Validated } from '../common/problem';
import { parseNameList } from '../common/nameList';
import { keptText } from '../common/text';
import { NAME_MAX_LENGTH, TEXT_MAX_LENGTH, type Draft } from '../estates';
import { COMPANY_LISTINGS, type CompanyFields, type CompanyListing } from './company';
import { checkCreditCode } from './creditCode';
import { companyKey } from './companyNames';

function text(problems: Problem[], field: string, raw: unknown, options: { required?: boolean; max?: number } = {}): string {
  const value = raw === null || raw === undefined ? '' : keptText(String(raw));
  if (options.required && value === '') problems.push({ field, code: 'required' });
  const max = options.max ?? TEXT_MAX_LENGTH;
  if (value.length > max) problems.push({ field, code: 'tooLong', params: { max } });
  return value;
}

/** Short names as a list or as one cell ("锦江物业、锦江" — sheets separate them any way). */
export function parseAliases(raw: unknown): string[] {
  return parseNameList(raw, companyKey, /[、,，;；/／\n]+/);
}

function isListing(value: unknown): value is CompanyListing {
  return typeof value === 'string' && (COMPANY_LISTINGS as readonly string[]).includes(value);
}

export function validateCompany(draft: Draft<CompanyFields>): Validated<CompanyFields> {
  const problems: Problem[] = [];
  const name = text(problems, 'name', draft.name, { required: true, max: NAME_MAX_LENGTH });
  // A short name that is the name itself says nothing more.
  const aliases = parseAliases(draft.aliases).filter((alias) => companyKey(alias) !== companyKey(name));
  for (const alias of aliases) if (alias.length > NAME_MAX_LENGTH) problems.push({ field: 'aliases', code: 'tooLong', params: { max: NAME_MAX_LENGTH } });
  const rawCode = text(problems, 'creditCode', draft.creditCode, { max: 40 });
  let creditCode = '';
  if (rawCode !== '') {
    const checked = checkCreditCode(rawCode);
    creditCode = checked.code;
    if (!checked.ok) {
      problems.push(checked.reason === 'creditCodeLength'
        ? { field: 'creditCode', code: checked.reason, params: { value: rawCode, length: checked.code.length } }
        : { field: 'creditCode', code: checked.reason, params: { value: rawCode } });
    }
  }
  const listing = draft.listing === undefined || draft.listing === null || draft.listing === '' ? 'none' : draft.listing;
  const value: CompanyFields = {
    name,
    aliases,
    creditCode,
    qualification: text(problems, 'qualification', draft.qualification, { max: 50 }),
    legalRepresentative: text(problems, 'legalRepresentative', draft.legalRepresentative, { max: 50 }),
    contact: text(problems, 'contact', draft.contact, { max: 50 }),
    phone: text(problems, 'phone', draft.phone, { max: 50 }),
    address: text(problems, 'address', draft.address),
    notes: text(problems, 'notes', draft.notes),
    listing: isListing(listing) ? listing : 'none',
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
