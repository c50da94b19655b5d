import { COMMUNITY_KINDS, type CommunityFields, type CommunityKind, type PlannedCounts } from './community';
import type { EstateFields } from './estate';
import { parseEstateClass } from './estateClass';
import { parseManagementMode } from './managementMode';
import { numberProblem, parseCount, parseMeasure, type ParsedNumber } from '../common/numbers';
import type { Problem, Validated } from '../common/problem';
import { parseNameList } from '../common/nameList';
import { cleanText, keptText, nameKey } from '../common/text';
import { parseYesNo } from '../common/yesNo';

export const NAME_MAX_LENGTH = 100;
export const TEXT_MAX_LENGTH = 2000;

/** Raw values as a form or a spreadsheet row gives them; each field is parsed here. */
export type Draft<T> = { readonly [K in keyof T]?: unknown };

class ProblemList {
  readonly problems: Problem[] = [];

  text(field: string, raw: unknown, options: { required?: boolean; max?: number } = {}): string {
    const value = raw === null || raw === undefined ? '' : keptText(String(raw));
    if (options.required && value === '') this.problems.push({ field, code: 'required' });
    const max = options.max ?? TEXT_MAX_LENGTH;
    if (value.length > max) this.problems.push({ field, code: 'tooLong', params: { max } });
    return value;
  }

  number(field: string, parsed: ParsedNumber): number | null {
    if (parsed.ok) return parsed.value;
    this.problems.push(numberProblem(field, parsed));
    return null;
  }
}

/**
 * 别名 as one cell ("翠湖苑、翠湖花园", "翠湖苑；翠湖花园") or the form's list. Only 、 and ； split a
 * cell: commas, slashes and brackets occur inside estate names (翠湖花园（一期/二期）).
 */
export function parseEstateAliases(raw: unknown, name: string): string[] {
  const own = nameKey(name);
  return parseNameList(raw, nameKey, /[、；;\n]+/).filter((alias) => nameKey(alias) !== own);
}

export function validateEstate(draft: Draft<EstateFields>): Validated<EstateFields> {
  const list = new ProblemList();
  const communityId = typeof draft.communityId === 'string' ? draft.communityId : '';
  if (communityId === '') list.problems.push({ field: 'communityId', code: 'required' });
  const name = list.text('name', draft.name, { required: true, max: NAME_MAX_LENGTH });
  const estateClass = parseEstateClass(draft.estateClass);
  if (!estateClass.ok) list.problems.push({ field: 'estateClass', code: 'unknownClass', params: { value: String(draft.estateClass) } });
  const mode = parseManagementMode(draft.mode);
  if (!mode.ok) list.problems.push({ field: 'mode', code: 'unknownMode', params: { value: String(draft.mode) } });
  const pilot = parseYesNo(draft.pilot);
  if (!pilot.ok) list.problems.push({ field: 'pilot', code: 'notYesNo', params: { value: String(draft.pilot) } });
  // An alias that is the name itself says nothing more.
  const aliases = parseEstateAliases(draft.aliases, name);
  for (const alias of aliases) if (alias.length > NAME_MAX_LENGTH) list.problems.push({ field: 'aliases', code: 'tooLong', params: { max: NAME_MAX_LENGTH } });
  const value: EstateFields = {
    communityId,
    name,
    aliases,
    estateClass: estateClass.ok ? estateClass.value : 0,
    mode: mode.ok ? mode.value : 'unspecified',
    company: list.text('company', draft.company, { max: NAME_MAX_LENGTH }),
    buildings: list.number('buildings', parseCount(draft.buildings)),
    households: list.number('households', parseCount(draft.households)),
    floorArea: list.number('floorArea', parseMeasure(draft.floorArea)),
    address: list.text('address', draft.address),
    pilot: pilot.ok ? pilot.value : false,
    notes: list.text('notes', draft.notes),
  };
  return list.problems.length > 0 ? { ok: false, problems: list.problems } : { ok: true, value };
}

function parseKind(raw: unknown): CommunityKind | undefined {
  if (raw === null || raw === undefined || raw === '') return 'community';
  const text = cleanText(String(raw));
  if ((COMMUNITY_KINDS as readonly string[]).includes(text)) return text === 'village' ? 'village' : 'community';
  // Matching data, not UI words: what clerks and offices write, read in every locale (issue 8).
  if (text === '社区' || text === '居委会') return 'community';
  if (text === '村' || text === '村委会') return 'village';
  return undefined;
}

export function validateCommunity(draft: Draft<Omit<CommunityFields, 'planned'>> & { readonly planned?: Draft<PlannedCounts> }): Validated<CommunityFields> {
  const list = new ProblemList();
  const name = list.text('name', draft.name, { required: true, max: NAME_MAX_LENGTH });
  const kind = parseKind(draft.kind);
  if (kind === undefined) list.problems.push({ field: 'kind', code: 'unknownKind', params: { value: String(draft.kind) } });
  const planned = draft.planned ?? {};
  const value: CommunityFields = {
    name,
    kind: kind ?? 'community',
    director: list.text('director', draft.director, { max: NAME_MAX_LENGTH }),
    phone: list.text('phone', draft.phone, { max: NAME_MAX_LENGTH }),
    planned: {
      total: list.number('plannedTotal', parseCount(planned.total)),
      class1: list.number('plannedClass1', parseCount(planned.class1)),
      class2: list.number('plannedClass2', parseCount(planned.class2)),
      class3: list.number('plannedClass3', parseCount(planned.class3)),
    },
  };
  return list.problems.length > 0 ? { ok: false, problems: list.problems } : { ok: true, value };
}
