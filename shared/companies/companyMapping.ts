import type { RecordMapping } from '../exchange/mapping';
import { cleanText } from '../common/text';
import type { CompanyFields, CompanyListing } from './company';
import { companyKey } from './companyNames';
import { validateCompany } from './validation';

/** A company as a row of the register sheet (企业名录). */
export type CompanyRow = CompanyFields;

const COMPANY_FIELDS = ['name', 'aliases', 'creditCode', 'qualification', 'legalRepresentative', 'contact', 'phone', 'address', 'notes', 'listing'] as const;
type CompanyField = (typeof COMPANY_FIELDS)[number];

function isCompanyField(field: string): field is CompanyField {
  return (COMPANY_FIELDS as readonly string[]).includes(field);
}

/** How sheets write the office's lists; blank is on neither. Data, not UI text. */
const LISTING_SPELLINGS: Readonly<Record<CompanyListing, readonly string[]>> = {
  none: ['', '无', '否', '-', '—', '/'],
  red: ['红名单', '红', '红榜'],
  black: ['黑名单', '黑', '黑榜'],
};

export function parseListing(raw: unknown): CompanyListing | null {
  const text = raw === null || raw === undefined ? '' : cleanText(String(raw)).toLowerCase();
  for (const [listing, spellings] of Object.entries(LISTING_SPELLINGS) as [CompanyListing, readonly string[]][]) {
    if (listing === text || spellings.includes(text)) return listing;
  }
  return null;
}

export const companiesMapping: RecordMapping<CompanyRow> = {
  kind: 'companies',
  fields: [
    { key: 'name', kind: 'text', required: true, synonyms: ['企业名称', '公司名称', '企业全称'] },
    { key: 'aliases', kind: 'text', synonyms: ['简称', '企业简称', '别名', '曾用名'] },
    { key: 'creditCode', kind: 'code', synonyms: ['统一社会信用代码', '信用代码', '社会信用代码', '统一代码'] },
    { key: 'qualification', kind: 'text', synonyms: ['资质等级', '资质', '企业资质'] },
    { key: 'legalRepresentative', kind: 'text', synonyms: ['法定代表人', '法人代表', '法人'] },
    { key: 'contact', kind: 'text', synonyms: ['联系人', '负责人', '项目负责人'] },
    { key: 'phone', kind: 'code', synonyms: ['联系电话', '电话', '手机', '联系方式'] },
    { key: 'address', kind: 'text', synonyms: ['地址', '注册地址', '办公地址', '企业地址'] },
    { key: 'notes', kind: 'text', synonyms: ['备注', '说明'] },
    { key: 'listing', kind: 'raw', synonyms: ['红黑名单', '名单', '信用名单'] },
  ],
  minFields: 2,
  totalMarkerFields: ['name'],

  validate(draft) {
    const listing = parseListing(draft.listing);
    const result = validateCompany({ ...draft, listing: listing ?? 'none' });
    if (listing === null) {
      const problem = { field: 'listing', code: 'unknownListing' as const, params: { value: String(draft.listing) } };
      return { ok: false, problems: result.ok ? [problem] : [...result.problems, problem] };
    }
    return result;
  },

  identity(value) {
    return { key: companyKey(value.name), field: 'name', label: value.name };
  },

  diffFields: COMPANY_FIELDS,

  fieldValue(value, field) {
    if (field === 'aliases') return value.aliases.join('、');
    return isCompanyField(field) ? value[field] : undefined;
  },

  withFields(base, incoming, fields) {
    const out: Record<string, unknown> = { ...base };
    for (const field of fields) if (isCompanyField(field)) out[field] = incoming[field];
    return out as unknown as CompanyRow;
  },
};
