import { INSPECTION_CATEGORIES, type InspectionCategory } from '../settings/settings';
import { cleanText } from '../common/text';

/**
 * The stable codes of what an inspection is and finds; labels live in shared/i18n/inspections.ts.
 * The spellings below are data, not UI text: they are how district sheets and clerks write
 * these values, so an import and a form read them the same way.
 */

export { INSPECTION_CATEGORIES, type InspectionCategory };

/** 日常巡查, 抽查, 专项检查, 考评, 回头看, 企业自查, 验收 (plans 1, 3, 4, 5). */
export const INSPECTION_KINDS = ['patrol', 'spotCheck', 'campaign', 'assessment', 'revisit', 'selfInspection', 'acceptance'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** 合格 / 有问题 / 不适用, for each of the six categories. */
export const CATEGORY_RESULTS = ['pass', 'problem', 'notApplicable'] as const;
export type CategoryResult = (typeof CATEGORY_RESULTS)[number];

/** 约谈, 通报, 曝光, 记入信用档案: what a street office does about an overdue notice. */
export const ESCALATION_KINDS = ['talk', 'circular', 'publicity', 'creditFile'] as const;
export type EscalationKind = (typeof ESCALATION_KINDS)[number];

const KIND_SPELLINGS: Readonly<Record<InspectionKind, readonly string[]>> = {
  // Matching data, not UI words: what clerks and offices write, read in every locale (issue 8).
  patrol: ['日常巡查', '巡查', '日常检查', '日常', '巡检'],
  spotCheck: ['抽查', '周抽查', '随机抽查', '抽检'],
  campaign: ['专项检查', '专项', '专项整治', '专项行动'],
  assessment: ['考评', '考核', '考核评比', '考评检查', '评比'],
  revisit: ['回头看', '复查回头看', '示范小区回头看'],
  selfInspection: ['企业自查', '自查', '物业企业自查'],
  acceptance: ['验收', '验收检查', '达标验收'],
};

const RESULT_SPELLINGS: Readonly<Record<CategoryResult, readonly string[]>> = {
  pass: ['合格', '√', '✓', '✔', '是', '好', '良好', '正常', '达标', '无问题'],
  problem: ['有问题', '问题', '不合格', '×', '✗', '✘', '存在问题', '不达标', '否'],
  notApplicable: ['不适用', '/', '-', '—', '未检查', '未查', 'n/a', 'na', '无此项'],
};

const ESCALATION_SPELLINGS: Readonly<Record<EscalationKind, readonly string[]>> = {
  talk: ['约谈', '约谈负责人'],
  circular: ['通报', '通报批评', '全街通报'],
  publicity: ['曝光', '媒体曝光', '公开曝光'],
  creditFile: ['记入信用档案', '信用档案', '纳入信用档案', '记入诚信档案'],
};

function lookup<C extends string>(codes: readonly C[], spellings: Readonly<Record<C, readonly string[]>>): (text: string) => C | undefined {
  const bySpelling = new Map<string, C>();
  for (const code of codes) {
    bySpelling.set(code.toLowerCase(), code);
    for (const s of spellings[code]) bySpelling.set(s.toLowerCase(), code);
  }
  return (text) => bySpelling.get(cleanText(text).replace(/\s+/g, '').toLowerCase());
}

const kindOf = lookup(INSPECTION_KINDS, KIND_SPELLINGS);
const resultOf = lookup(CATEGORY_RESULTS, RESULT_SPELLINGS);
const escalationOf = lookup(ESCALATION_KINDS, ESCALATION_SPELLINGS);

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/** A kind by code or any spelling; never guessed. */
export function parseInspectionKind(raw: unknown): Parsed<InspectionKind> {
  const kind = typeof raw === 'string' ? kindOf(raw) : undefined;
  return kind ? { ok: true, value: kind } : { ok: false };
}

/**
 * A category's result. Blank is 不适用: a sheet that leaves 绿化 empty did not check it, and
 * reading that as 合格 would credit the estate with a check nobody made.
 */
export function parseCategoryResult(raw: unknown): Parsed<CategoryResult> {
  if (raw === null || raw === undefined) return { ok: true, value: 'notApplicable' };
  if (typeof raw === 'boolean') return { ok: true, value: raw ? 'pass' : 'problem' };
  if (typeof raw !== 'string') return { ok: false };
  if (cleanText(raw) === '') return { ok: true, value: 'notApplicable' };
  const result = resultOf(raw);
  return result ? { ok: true, value: result } : { ok: false };
}

export function parseEscalationKind(raw: unknown): Parsed<EscalationKind> {
  const kind = typeof raw === 'string' ? escalationOf(raw) : undefined;
  return kind ? { ok: true, value: kind } : { ok: false };
}

export function isInspectionCategory(value: string): value is InspectionCategory {
  return (INSPECTION_CATEGORIES as readonly string[]).includes(value);
}
