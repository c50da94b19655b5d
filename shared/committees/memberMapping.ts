import { parseTermNumber } from './parse';
import type { CommitteeMemberFields } from './types';
import { validateCommitteeMember } from './validation';
import type { Validated } from '../common/problem';
import { nameKey } from '../common/text';
import type { RecordMapping } from '../exchange/mapping';
import { COMMUNITY_SYNONYMS, ESTATE_SYNONYMS, estateKey, requiredPlace, TERM_NUMBER_SYNONYMS } from '../estates';
import { compositeKey } from '../common/compositeKey';
import { committeeMessages } from './messages';

// A record's label is in the exchange format's words (as its sheets are), whatever the UI language.
const exchangeWords = committeeMessages['zh-CN'].report;

/**
 * One member of an owners' committee as a spreadsheet row: the estate and 届次 the seat
 * belongs to, then the person, with a by-election or leaving day where there is one. The term
 * it belongs to must be in the same file or already stored.
 */
export interface CommitteeMemberRow extends CommitteeMemberFields {
  readonly community: string;
  readonly estate: string;
  readonly termNumber: number;
}

const MEMBER_FIELDS = ['name', 'role', 'phone', 'building', 'room', 'joinedOn', 'leftOn', 'leftReason'] as const;
type MemberField = (typeof MEMBER_FIELDS)[number];
/** The name is part of the identity, so it is not compared. */
const DIFF_FIELDS = MEMBER_FIELDS.filter((f) => f !== 'name');

function isMemberField(field: string): field is MemberField {
  return (MEMBER_FIELDS as readonly string[]).includes(field);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function copyField<K extends MemberField>(to: Mutable<CommitteeMemberRow>, from: CommitteeMemberRow, field: K): void {
  to[field] = from[field];
}


/** The key of a term named by community, estate and 届次, as the terms mapping keys it. */
export function termKey(community: string, estate: string, termNumber: number): string {
  return compositeKey(estateKey(nameKey(community), nameKey(estate)), termNumber);
}

export const committeeMembersMapping: RecordMapping<CommitteeMemberRow> = {
  kind: 'committeeMembers',
  fields: [
    { key: 'community', kind: 'text', required: true, synonyms: [...COMMUNITY_SYNONYMS] },
    { key: 'estate', kind: 'text', required: true, synonyms: [...ESTATE_SYNONYMS] },
    { key: 'termNumber', kind: 'raw', required: true, synonyms: [...TERM_NUMBER_SYNONYMS] },
    { key: 'name', kind: 'text', required: true, synonyms: ['姓名', '成员姓名', '委员姓名', '业委会成员'] },
    { key: 'role', kind: 'raw', required: true, synonyms: ['职务', '业委会职务', '担任职务', '职位'] },
    { key: 'phone', kind: 'code', synonyms: ['联系电话', '电话', '手机', '手机号码', '联系方式'] },
    { key: 'building', kind: 'text', synonyms: ['楼栋号', '楼号', '栋号', '幢号'] },
    { key: 'room', kind: 'text', synonyms: ['房号', '房间号', '门牌号', '单元房号'] },
    { key: 'joinedOn', kind: 'date', synonyms: ['补选日期', '补选时间', '增补日期'] },
    { key: 'leftOn', kind: 'date', synonyms: ['离任日期', '离任时间', '辞职或罢免日期', '终止日期'] },
    { key: 'leftReason', kind: 'raw', synonyms: ['离任原因', '离任方式', '变动原因'] },
  ],
  minFields: 5,
  totalMarkerFields: ['community', 'estate'],

  validate(draft): Validated<CommitteeMemberRow> {
    const { community, estate, problems } = requiredPlace(draft);
    const termNumber = parseTermNumber(draft.termNumber);
    if (termNumber === undefined) problems.push({ field: 'termNumber', code: 'notATermNumber', params: { value: String(draft.termNumber) } });
    else if (termNumber === null) problems.push({ field: 'termNumber', code: 'required' });
    const member = validateCommitteeMember(draft);
    if (!member.ok) problems.push(...member.problems);
    if (problems.length > 0 || !member.ok || typeof termNumber !== 'number') return { ok: false, problems };
    return { ok: true, value: { community, estate, termNumber, ...member.value } };
  },

  identity(value) {
    return {
      key: compositeKey(termKey(value.community, value.estate, value.termNumber), nameKey(value.name), value.joinedOn),
      field: 'name',
      label: `${value.community} / ${value.estate} / ${exchangeWords.term(value.termNumber)} / ${value.name}`,
    };
  },

  references(value) {
    return [
      {
        kind: 'committeeTerms',
        key: termKey(value.community, value.estate, value.termNumber),
        problem: { field: 'termNumber', code: 'unknownTerm', params: { label: `${value.community} / ${value.estate}`, termNumber: value.termNumber } },
      },
    ];
  },

  diffFields: DIFF_FIELDS,

  fieldValue(value, field) {
    if (field === 'community' || field === 'estate' || field === 'termNumber') return value[field];
    return isMemberField(field) ? value[field] : undefined;
  },

  withFields(base, incoming, fields) {
    const out: Mutable<CommitteeMemberRow> = { ...base };
    for (const field of fields) if (isMemberField(field)) copyField(out, incoming, field);
    return out;
  },
};
