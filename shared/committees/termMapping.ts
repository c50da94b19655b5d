import type { CommitteeTermFields } from './types';
import { validateCommitteeTerm, type TermRules } from './validation';
import type { Validated } from '../common/problem';
import { cleanText, keptText, nameKey } from '../common/text';
import type { RecordMapping } from '../exchange/mapping';
import { COMMUNITY_SYNONYMS, ESTATE_SYNONYMS, estateKey, estateReference, requiredPlace, TERM_NUMBER_SYNONYMS } from '../estates';
import { compositeKey } from '../common/compositeKey';
import { committeeMessages } from './messages';

// A record's label is in the exchange format's words (as its sheets are), whatever the UI language.
const exchangeWords = committeeMessages['zh-CN'].report;

/**
 * An owners' committee term as a spreadsheet row: our own export, or a district list with
 * columns such as 社区, 小区名称, 届次, 选举日期, 任期届满日期 or 任期（年）, 备案日期, 备案号,
 * 主任, 联系电话. The row names its estate by community and estate name (the caller resolves
 * them when it commits, as for estates and their community).
 *
 * A district list has a row for every estate, with the committee columns blank where there is
 * no committee yet; such a row is valid with `term: null` ("this estate, no committee"), which
 * the coverage counts and an import leaves alone.
 */
export interface CommitteeTermOfRow extends Omit<CommitteeTermFields, 'estateId'> {
  /** The chair as the list names them; informative (the roster is in the members sheet). */
  readonly chair: string;
  readonly chairPhone: string;
}

export interface CommitteeTermRow {
  readonly community: string;
  readonly estate: string;
  readonly term: CommitteeTermOfRow | null;
}

const TERM_FIELDS = ['termNumber', 'electedOn', 'startOn', 'endOn', 'termYears', 'filedOn', 'filingNumber', 'chair', 'chairPhone'] as const;

/** What a diff compares and an update writes; the term number is part of the identity. */
const DIFF_FIELDS = ['electedOn', 'startOn', 'endOn', 'filedOn', 'filingNumber', 'notes'] as const;
type DiffField = (typeof DIFF_FIELDS)[number];

function isDiffField(field: string): field is DiffField {
  return (DIFF_FIELDS as readonly string[]).includes(field);
}

const blank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && cleanText(value) === '');
const text = (value: unknown): string => (blank(value) ? '' : keptText(String(value)));

/** The terms mapping; `rules` give the term length for rows with neither an end nor a length. */
export function committeeTermsMapping(rules: TermRules): RecordMapping<CommitteeTermRow> {
  return {
    kind: 'committeeTerms',
    fields: [
      { key: 'community', kind: 'text', required: true, synonyms: [...COMMUNITY_SYNONYMS] },
      { key: 'estate', kind: 'text', required: true, synonyms: [...ESTATE_SYNONYMS] },
      { key: 'termNumber', kind: 'raw', required: true, synonyms: [...TERM_NUMBER_SYNONYMS] },
      {
        key: 'electedOn',
        kind: 'date',
        required: true,
        synonyms: ['选举日期', '选举时间', '业委会成立日期', '业委会成立时间', '成立日期', '成立时间', '当选日期', '选举产生日期'],
      },
      { key: 'startOn', kind: 'date', synonyms: ['任期开始日期', '任期起始日期', '任期开始', '任期起', '任期起始时间'] },
      { key: 'endOn', kind: 'date', synonyms: ['任期届满日期', '任期结束日期', '届满日期', '任期截止日期', '任期至', '任期止', '任期到期日期', '到期日期', '任期届满时间'] },
      { key: 'termYears', kind: 'count', synonyms: ['任期（年）', '任期年限', '任期年数'] },
      { key: 'filedOn', kind: 'date', synonyms: ['备案日期', '备案时间', '备案日'] },
      { key: 'filingNumber', kind: 'code', synonyms: ['备案号', '备案编号', '备案文号', '备案证号'] },
      { key: 'chair', kind: 'text', synonyms: ['主任', '业委会主任', '主任姓名', '业主委员会主任', '主任委员'] },
      { key: 'chairPhone', kind: 'code', synonyms: ['联系电话', '主任联系电话', '主任电话', '电话', '手机', '联系方式'] },
      { key: 'notes', kind: 'text', synonyms: ['备注', '说明'] },
    ],
    minFields: 4,
    totalMarkerFields: ['community', 'estate'],
    problemFields: { estateId: 'estate' },

    validate(draft): Validated<CommitteeTermRow> {
      const { community, estate, problems } = requiredPlace(draft);
      if (TERM_FIELDS.every((field) => blank(draft[field]))) {
        return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { community, estate, term: null } };
      }
      // The estate's name stands in for its id: the validator only needs to know there is one.
      const result = validateCommitteeTerm({ ...draft, estateId: estate }, rules);
      const chair = text(draft.chair);
      const chairPhone = text(draft.chairPhone);
      if (chair.length > 100) problems.push({ field: 'chair', code: 'tooLong', params: { max: 100 } });
      if (chairPhone.length > 50) problems.push({ field: 'chairPhone', code: 'tooLong', params: { max: 50 } });
      if (!result.ok) problems.push(...result.problems.filter((p) => p.field !== 'estateId'));
      if (problems.length > 0 || !result.ok) return { ok: false, problems };
      const { estateId: _estateId, ...term } = result.value;
      return { ok: true, value: { community, estate, term: { ...term, chair, chairPhone } } };
    },

    identity(value) {
      const n = value.term?.termNumber;
      return {
        key: compositeKey(estateKey(nameKey(value.community), nameKey(value.estate)), n ?? null),
        field: 'termNumber',
        label: n === undefined ? `${value.community} / ${value.estate}` : `${value.community} / ${value.estate} / ${exchangeWords.term(n)}`,
      };
    },

    references(value) {
      return [estateReference(value.community, value.estate)];
    },

    diffFields: DIFF_FIELDS,

    fieldValue(value, field) {
      if (field === 'community') return value.community;
      if (field === 'estate') return value.estate;
      const term = value.term;
      if (term === null) return undefined;
      if (isDiffField(field) || field === 'termNumber' || field === 'chair' || field === 'chairPhone') return term[field];
      return undefined;
    },

    withFields(base, incoming, fields) {
      if (base.term === null || incoming.term === null) return base;
      const term: { -readonly [K in keyof CommitteeTermOfRow]: CommitteeTermOfRow[K] } = { ...base.term };
      for (const field of fields) {
        if (!isDiffField(field)) continue;
        if (field === 'filedOn') term.filedOn = incoming.term.filedOn;
        else term[field] = incoming.term[field];
      }
      return { ...base, term };
    },
  };
}

/** Rows that carry a term (a district list's rows for estates without a committee do not). */
export function hasTerm(row: CommitteeTermRow): row is CommitteeTermRow & { readonly term: CommitteeTermOfRow } {
  return row.term !== null;
}
