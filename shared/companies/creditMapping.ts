import { compositeKey } from '../common/compositeKey';
import type { Validated } from '../common/problem';
import { cleanText, nameKey } from '../common/text';
import { dateCell } from '../committees';
import type { ExistingRecord } from '../exchange/diff';
import { numberCell, textCell } from '../exchange/export/cells';
import type { SheetSpec } from '../exchange/export/xlsxFile';
import type { RecordMapping } from '../exchange/mapping';
import { Problems } from '../inspections';
import type { Company } from './company';
import { companyKey } from './companyNames';
import { HAND_CREDIT_KINDS, type CreditEntry, type HandCreditKind } from './creditEvents';
import { companyMessages } from './messages';

/**
 * The credit events entered by hand (表彰, 示范项目, 行政处罚) as sheet rows (信用记录 in the
 * full workbook): the company by its registered name, the kind, day, points and what it rests
 * on. An entry is the same one when company, kind, day and evidence agree; its points may change.
 * The events the app reads from its own records are not rows: they follow from those records.
 */
export interface CreditEntryRow {
  readonly company: string;
  readonly kind: HandCreditKind;
  readonly on: string;
  readonly points: number;
  readonly evidence: string;
}

const zh = companyMessages['zh-CN'];
const fold = (value: string): string => cleanText(value).replace(/\s+/g, '');

export const creditEntriesMapping: RecordMapping<CreditEntryRow> = {
  kind: 'creditEntries',
  fields: [
    { key: 'company', kind: 'text', required: true, synonyms: ['企业名称', '物业服务企业'] },
    { key: 'kind', kind: 'text', required: true, synonyms: ['信用事项'] },
    { key: 'on', kind: 'date', required: true, synonyms: ['认定日期'] },
    { key: 'points', kind: 'measure', required: true, synonyms: ['信用分值'] },
    { key: 'evidence', kind: 'text', required: true, synonyms: ['认定依据'] },
  ],
  minFields: 5,
  totalMarkerFields: ['company'],

  validate(draft): Validated<CreditEntryRow> {
    const problems = new Problems();
    const company = problems.text('company', draft.company, { required: true, max: 100 });
    const kindText = draft.kind === null || draft.kind === undefined ? '' : fold(String(draft.kind));
    const kind = HAND_CREDIT_KINDS.find((k) => fold(zh.eventKind[k]) === kindText || k === kindText);
    if (kind === undefined) problems.add('kind', 'unknownCreditKind', { value: String(draft.kind ?? '') });
    const on = problems.date('on', draft.on, { required: true });
    const points = problems.numberIn('points', draft.points, -100, 100, { required: true });
    const evidence = problems.text('evidence', draft.evidence, { required: true, max: 500 });
    return problems.result({ company, kind: kind ?? 'commendation', on: on ?? '', points: points ?? 0, evidence });
  },

  identity: (value) => ({ key: compositeKey(companyKey(value.company), value.kind, value.on, nameKey(value.evidence)), field: 'evidence', label: `${value.company} / ${value.on} / ${value.evidence}` }),
  references: (value) => [{ kind: 'companies', key: companyKey(value.company), problem: { field: 'company', code: 'unknownCompany', params: { name: value.company } } }],
  diffFields: ['points'],
  fieldValue: (value, field) => (field in value ? (value as unknown as Readonly<Record<string, unknown>>)[field] : undefined),
  withFields: (base, incoming, fields) => (fields.includes('points') ? { ...base, points: incoming.points } : base),
};

/** The stored hand entries as rows, their company by its registered name. */
export function existingCreditEntries(ledger: { readonly companies: readonly Company[]; readonly creditEntries: readonly CreditEntry[] }): ExistingRecord<CreditEntryRow>[] {
  const names = new Map(ledger.companies.map((c) => [c.id, c.name]));
  return ledger.creditEntries.flatMap((e) => {
    const company = names.get(e.companyId);
    return company === undefined ? [] : [{ id: e.id, value: { company, kind: e.kind, on: e.on, points: e.points, evidence: e.evidence } }];
  });
}

export const CREDIT_ENTRY_SHEET = '信用记录';

export function creditEntrySheet(rows: readonly ExistingRecord<CreditEntryRow>[]): SheetSpec {
  const header = creditEntriesMapping.fields.map((f) => textCell(f.synonyms[0]));
  const ordered = [...rows].sort((a, b) => a.value.company.localeCompare(b.value.company) || a.value.on.localeCompare(b.value.on));
  const body = ordered.map(({ value: e }) => [textCell(e.company), textCell(zh.eventKind[e.kind]), dateCell(e.on), numberCell(e.points), textCell(e.evidence)]);
  return { name: CREDIT_ENTRY_SHEET, rows: [header, ...body], freezeRows: 1 };
}
