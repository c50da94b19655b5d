import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xlsxBytes, type Cell } from '../../tests/fixtures/exchange/workbooks';
import { validateAssemblyMeeting, validateCommitteeMember, validateCommitteeTerm, validatePreparatoryGroup } from '../committees/validation';
import { existingEstates } from '../estates';
import type { RecordMapping } from '../exchange/mapping';
import { committeeMembersMapping } from '../committees/memberMapping';
import { committeeTermsMapping } from '../committees/termMapping';
import { communitiesMapping } from '../estates/communityMapping';
import { estatesMapping } from '../estates/estateMapping';
import { inspectionsMapping } from '../inspections/inspectionMapping';
import { noticeLedgerMapping } from '../inspections/noticeMapping';
import { analyseWorkbook, diffAgainst } from '../exchange/pipeline';
import type { NoticeProgress } from '../inspections/notice';
import { escalateNotice, recordRecheck, reportRectification } from '../inspections/noticeProgress';
import { validateSurvey } from '../inspections/survey';
import { validateInspection } from '../inspections/validateInspection';
import { validateNotice } from '../inspections/validateNotice';
import type { Validated } from './problem';
import { nameKey } from './text';
import { validateCommunity, validateEstate } from '../estates/validation';

/*
 * Item 4 of issue 9: what a person typed is what is stored, apart from the blanks around it.
 * Every free-text field of every form validator and every import mapping is given text full of
 * the characters a Chinese IME types (，；（）：、full-width letters and digits, the ideographic
 * space inside) and must hand it back unchanged; matching keys still fold them.
 */

const FULL_WIDTH = [...'，；（）：。！？、“”‘’《》【】—…～＃％＆＊＋－／＜＝＞＠［］｛｜｝ＡＢＣａｂｃ０１２３９　'];
const PLAIN = [...'桂花路东门号栋老旧小区电梯停车位AaZz019 (),;:-_'];

/** Text as typed: at least one full-width character, maybe blanks around it. */
const typed = (maxLength: number) =>
  fc
    .tuple(
      fc.constantFrom(...FULL_WIDTH),
      fc.array(fc.constantFrom(...FULL_WIDTH, ...PLAIN), { maxLength: maxLength - 1 }),
      fc.constantFrom('', ' ', '　', '  '),
      fc.constantFrom('', ' ', '　'),
    )
    .map(([first, rest, before, after]) => `${before}${[first, ...rest].join('')}${after}`)
    .filter((text) => text.trim() !== '');

/** Lines as typed in a multi-line box: inner blanks and line breaks are the writer's. */
const typedParagraph = fc
  .array(typed(40), { minLength: 1, maxLength: 4 })
  .map((lines) => lines.join('\n'));

/** One person's name as typed into a list of names (no list separators in it). */
const SEPARATORS = /[、,，;；/\\\n\s]/;
const typedName = fc
  .array(fc.constantFrom(...FULL_WIDTH, ...PLAIN), { minLength: 1, maxLength: 10 })
  .map((chars) => chars.join(''))
  .filter((name) => !SEPARATORS.test(name));

interface FreeTextCase {
  readonly name: string;
  readonly text: fc.Arbitrary<string>;
  readonly validate: (text: string) => Validated<unknown>;
  readonly stored: (value: never) => unknown;
  /** What must come back; the trimmed text unless the field is a list. */
  readonly expected?: (text: string) => unknown;
}

const freeText = <V>(name: string, text: fc.Arbitrary<string>, validate: (text: string) => Validated<V>, stored: (value: V) => unknown, expected?: (text: string) => unknown): FreeTextCase => ({
  name,
  text,
  validate,
  stored: stored as (value: never) => unknown,
  ...(expected ? { expected } : {}),
});

const ESTATE = { communityId: 'c1', name: '锦绣花园', estateClass: '一类', mode: '市场化' };
const COMMUNITY = { name: '万安社区' };
const TERM = { estateId: 'e1', termNumber: 1, electedOn: '2022-01-01' };
const RULES = { defaultTermYears: 5 };
const INSPECTION = { estateId: 'e1', inspectedOn: '2024-05-06', kind: '日常巡查', inspectors: '张敏' };
const NOTICE_DRAFT = { estateId: 'e1', issuedOn: '2024-05-06', responsibleParty: '某物业', deadline: '2024-05-13', items: [{ category: 'sanitation', text: '清理垃圾' }] };
const NOTICE: NoticeProgress = { issuedOn: '2024-05-06', deadline: '2024-05-13', status: 'pending', closedOn: null, events: [] };
const asList = (text: string) => [text];

const FORM_FIELDS: readonly FreeTextCase[] = [
  freeText('estate name', typed(60), (t) => validateEstate({ ...ESTATE, name: t }), (v) => v.name),
  freeText('estate company', typed(60), (t) => validateEstate({ ...ESTATE, company: t }), (v) => v.company),
  freeText('estate address', typed(200), (t) => validateEstate({ ...ESTATE, address: t }), (v) => v.address),
  freeText('estate notes', typed(200), (t) => validateEstate({ ...ESTATE, notes: t }), (v) => v.notes),
  freeText('community name', typed(60), (t) => validateCommunity({ ...COMMUNITY, name: t }), (v) => v.name),
  freeText('community director', typed(60), (t) => validateCommunity({ ...COMMUNITY, director: t }), (v) => v.director),
  freeText('community phone', typed(40), (t) => validateCommunity({ ...COMMUNITY, phone: t }), (v) => v.phone),
  freeText('preparatory group representative', typed(60), (t) => validatePreparatoryGroup({ estateId: 'e1', formedOn: '2024-01-02', communityRepresentative: t }), (v) => v.communityRepresentative),
  freeText('preparatory group notes', typedParagraph, (t) => validatePreparatoryGroup({ estateId: 'e1', formedOn: '2024-01-02', notes: t }), (v) => v.notes),
  freeText('preparatory group members', typedName, (t) => validatePreparatoryGroup({ estateId: 'e1', formedOn: '2024-01-02', members: t }), (v) => v.members, asList),
  freeText('assembly meeting convener', typed(60), (t) => validateAssemblyMeeting({ estateId: 'e1', kind: 'first', heldOn: '2024-02-03', convenedBy: t }), (v) => v.convenedBy),
  freeText('assembly meeting resolutions', typedParagraph, (t) => validateAssemblyMeeting({ estateId: 'e1', kind: 'first', heldOn: '2024-02-03', resolutions: t }), (v) => v.resolutions),
  freeText('committee term filing number', typed(60), (t) => validateCommitteeTerm({ ...TERM, filedOn: '2022-02-01', filingNumber: t }, RULES), (v) => v.filingNumber),
  freeText('committee term notes', typedParagraph, (t) => validateCommitteeTerm({ ...TERM, notes: t }, RULES), (v) => v.notes),
  freeText('committee member name', typed(60), (t) => validateCommitteeMember({ name: t, role: 'member' }), (v) => v.name),
  freeText('committee member phone', typed(40), (t) => validateCommitteeMember({ name: '王芳', role: 'member', phone: t }), (v) => v.phone),
  freeText('committee member building', typed(40), (t) => validateCommitteeMember({ name: '王芳', role: 'member', building: t }), (v) => v.building),
  freeText('committee member room', typed(40), (t) => validateCommitteeMember({ name: '王芳', role: 'member', room: t }), (v) => v.room),
  freeText('inspection findings', typedParagraph, (t) => validateInspection({ ...INSPECTION, findings: t }), (v) => v.findings),
  freeText('inspection category note', typedParagraph, (t) => validateInspection({ ...INSPECTION, categories: { sanitation: { result: 'problem', note: t } } }), (v) => v.categories.sanitation.note),
  freeText('inspection inspectors', typedName, (t) => validateInspection({ ...INSPECTION, inspectors: t }), (v) => v.inspectors, asList),
  freeText('notice responsible party', typed(60), (t) => validateNotice({ ...NOTICE_DRAFT, responsibleParty: t }), (v) => v.responsibleParty),
  freeText('notice item', typedParagraph, (t) => validateNotice({ ...NOTICE_DRAFT, items: [{ category: 'other', text: t }] }), (v) => v.items[0]?.text),
  freeText('notice report note', typedParagraph, (t) => reportRectification(NOTICE, { reportedOn: '2024-05-08', note: t }), (v) => v.events[0]?.note),
  freeText('notice recheck note', typedParagraph, (t) => recordRecheck(NOTICE, { recheckedOn: '2024-05-09', passed: true, note: t }), (v) => v.events[0]?.note),
  freeText('notice escalation note', typedParagraph, (t) => escalateNotice(NOTICE, { escalatedOn: '2024-05-09', escalation: 'talk', note: t }), (v) => v.events[0]?.note),
  freeText('survey note', typedParagraph, (t) => validateSurvey({ estateId: 'e1', surveyedOn: '2024-06-01', surveyed: 100, satisfied: 90, note: t }), (v) => v.note),
];

describe('every form keeps free text as typed', () => {
  it.each(FORM_FIELDS.map((c) => [c.name, c] as const))('%s', (_name, field) => {
    fc.assert(
      fc.property(field.text, (text) => {
        const result = field.validate(text);
        expect(result.ok ? undefined : result.problems).toBeUndefined();
        if (result.ok) expect(field.stored(result.value as never)).toEqual((field.expected ?? ((t: string) => t.trim()))(text));
      }),
      { numRuns: 60 },
    );
  });
});

/** A valid row of each import mapping as cells by field key, and its free-text fields. */
interface MappingCase {
  readonly mapping: RecordMapping<unknown>;
  readonly row: Readonly<Record<string, Cell>>;
  readonly fields: readonly { readonly key: string; readonly stored: (value: never) => unknown; readonly list?: boolean; readonly paragraph?: boolean }[];
}

const mappingCase = <V>(mapping: RecordMapping<V>, row: Readonly<Record<string, Cell>>, fields: readonly { key: string; stored: (value: V) => unknown; list?: boolean; paragraph?: boolean }[]): MappingCase => ({
  mapping: mapping as RecordMapping<unknown>,
  row,
  fields: fields as MappingCase['fields'],
});

const MAPPINGS: readonly MappingCase[] = [
  mappingCase(communitiesMapping, { name: '万安社区' }, [
    { key: 'name', stored: (v) => v.name },
    { key: 'director', stored: (v) => v.director },
    { key: 'phone', stored: (v) => v.phone },
  ]),
  mappingCase(estatesMapping, { community: '万安社区', name: '锦绣花园' }, [
    { key: 'community', stored: (v) => v.community },
    { key: 'name', stored: (v) => v.name },
    { key: 'company', stored: (v) => v.company },
    { key: 'address', stored: (v) => v.address },
    { key: 'notes', stored: (v) => v.notes },
  ]),
  mappingCase(committeeTermsMapping(RULES), { community: '万安社区', estate: '锦绣花园', termNumber: 1, electedOn: '2022-01-01', filedOn: '2022-02-01' }, [
    { key: 'community', stored: (v) => v.community },
    { key: 'estate', stored: (v) => v.estate },
    { key: 'filingNumber', stored: (v) => v.term?.filingNumber },
    { key: 'chair', stored: (v) => v.term?.chair },
    { key: 'chairPhone', stored: (v) => v.term?.chairPhone },
    { key: 'notes', stored: (v) => v.term?.notes, paragraph: true },
  ]),
  mappingCase(committeeMembersMapping, { community: '万安社区', estate: '锦绣花园', termNumber: 1, name: '王芳', role: '委员' }, [
    { key: 'community', stored: (v) => v.community },
    { key: 'estate', stored: (v) => v.estate },
    { key: 'name', stored: (v) => v.name },
    { key: 'phone', stored: (v) => v.phone },
    { key: 'building', stored: (v) => v.building },
    { key: 'room', stored: (v) => v.room },
  ]),
  mappingCase(inspectionsMapping, { community: '万安社区', estate: '锦绣花园', inspectedOn: '2024-05-06', kind: '日常巡查', inspectors: '张敏' }, [
    { key: 'community', stored: (v) => v.community },
    { key: 'estate', stored: (v) => v.estate },
    { key: 'inspectors', stored: (v) => v.inspectors, list: true },
    { key: 'sanitationNote', stored: (v) => v.categories.sanitation.note, paragraph: true },
    { key: 'findings', stored: (v) => v.findings, paragraph: true },
  ]),
  mappingCase(noticeLedgerMapping, { number: '〔2024〕第1号', community: '万安社区', estate: '锦绣花园', deadline: '2024-05-13' }, [
    { key: 'number', stored: (v) => v.number },
    { key: 'community', stored: (v) => v.community },
    { key: 'estate', stored: (v) => v.estate },
    { key: 'responsibleParty', stored: (v) => v.responsibleParty },
  ]),
];

const headerOf = (mapping: RecordMapping<unknown>, key: string): string => {
  const field = mapping.fields.find((f) => f.key === key);
  if (!field) throw new Error(`${mapping.kind} has no field ${key}`);
  return field.synonyms[0];
};

describe('every import mapping keeps free text as typed', () => {
  const cases = MAPPINGS.flatMap((c) => c.fields.map((f) => [`${c.mapping.kind}.${f.key}`, c, f] as const));

  it.each(cases)('%s, as its validator reads a cell', (_name, { mapping, row }, field) => {
    fc.assert(
      fc.property(field.list ? typedName : field.paragraph ? typedParagraph : typed(50), (text) => {
        const result = mapping.validate({ ...row, [field.key]: text });
        expect(result.ok ? undefined : result.problems).toBeUndefined();
        if (result.ok) expect(field.stored(result.value as never)).toEqual(field.list ? [text] : text.trim());
      }),
      { numRuns: 40 },
    );
  });

  it.each(MAPPINGS.map((c) => [c.mapping.kind, c] as const))('%s, read from a workbook end to end', async (_kind, { mapping, row, fields }) => {
    // One sentence a clerk typed, in every free-text column at once (a name list gets a name).
    const sentence = '桂花路12号（东门）：老旧小区，需加装电梯；停车位不足！';
    const values: Record<string, Cell> = { ...row };
    for (const field of fields) values[field.key] = field.list ? '张（Ａ）' : sentence;
    const keys = Object.keys(values);
    const bytes = xlsxBytes({ sheets: [{ name: '表', rows: [keys.map((k) => headerOf(mapping, k)), keys.map((k) => values[k] ?? null)] }] });
    const analysis = await analyseWorkbook(bytes, 'typed.xlsx', mapping);
    expect(analysis.rows.invalid).toEqual([]);
    const [valid] = analysis.rows.valid;
    for (const field of fields) expect(field.stored(valid?.value as never)).toEqual(field.list ? ['张（Ａ）'] : sentence);
  });
});

describe('matching still folds what storing keeps', () => {
  it('gives full-width and half-width spellings one key', () => {
    expect(nameKey('桂花路12号（东门）')).toBe(nameKey('桂花路12号(东门)'));
    expect(nameKey('万科Ａ区　一期')).toBe(nameKey('万科a区一期'));
  });

  it('matches an imported estate to the stored one spelled the other way, and brings its spelling', async () => {
    const community = { id: 'c1', name: '万安社区', nameKey: '万安社区', kind: 'community' as const, director: '', phone: '', planned: { total: null, class1: null, class2: null, class3: null }, createdAt: 0, updatedAt: 0 };
    const stored = {
      id: 'e1', communityId: 'c1', name: '桂花路12号(东门)', aliases: [], nameKey: nameKey('桂花路12号(东门)'), estateClass: 1 as const, mode: 'market' as const, company: '', companyId: null, buildings: null,
      households: null, floorArea: null, address: '', pilot: false, notes: '', createdAt: 0, updatedAt: 0,
    };
    const bytes = xlsxBytes({ sheets: [{ name: '小区', rows: [['所属社区', '小区名称', '地址'], ['万安社区', '桂花路12号（东门）', '桂花路12号（东门）']] }] });
    const analysis = await analyseWorkbook(bytes, 'x.xlsx', estatesMapping);
    const diff = diffAgainst(analysis, estatesMapping, existingEstates([community], [stored]));
    expect(diff.added).toEqual([]);
    expect(diff.changed.map((c) => [c.id, c.changes])).toEqual([
      ['e1', [{ field: 'name', before: '桂花路12号(东门)', after: '桂花路12号（东门）' }, { field: 'address', before: '', after: '桂花路12号（东门）' }]],
    ]);
  });
});
