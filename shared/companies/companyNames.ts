import { nameKey } from '../common/text';
import type { Company } from './company';

/**
 * How a company's name is matched: "锦江物业（集团）" and "锦江物业(集团)" are one company, so
 * the key folds full-width forms, blanks and case. Only keys are folded; names stay as typed.
 */
export function companyKey(name: string): string {
  return nameKey(name);
}

/** Resolves a name or short name to the company it names, as estates and sheets write them. */
export interface CompanyIndex {
  find(name: string): Company | undefined;
}

export function companyIndex(companies: readonly Company[]): CompanyIndex {
  const byKey = new Map<string, Company>();
  // Aliases first, names over them: a registered name always wins over someone's short name.
  for (const company of companies) for (const key of company.aliasKeys) if (!byKey.has(key)) byKey.set(key, company);
  for (const company of companies) byKey.set(company.nameKey, company);
  return { find: (name) => (companyKey(name) === '' ? undefined : byKey.get(companyKey(name))) };
}

/**
 * The words a company's name ends with that say what it is, not who: "锦江物业" and
 * "锦江物业服务有限公司" are the same 锦江 to a clerk. Longest first, peeled repeatedly.
 */
const LEGAL_ENDINGS = [
  '物业服务有限责任公司', '物业管理有限责任公司', '物业服务有限公司', '物业管理有限公司', '物业服务股份有限公司',
  '股份有限公司', '有限责任公司', '有限公司', '物业服务中心', '物业服务', '物业管理', '物业公司', '物业', '集团', '(集团)', '公司', '分公司',
].map(companyKey).sort((a, b) => b.length - a.length);

/** What is left of a name without its legal endings: the part that says who the company is. */
export function coreName(name: string): string {
  let key = companyKey(name);
  for (let peeled = true; peeled; ) {
    peeled = false;
    for (const ending of LEGAL_ENDINGS) {
      if (key.length > ending.length && key.endsWith(ending)) {
        key = key.slice(0, -ending.length);
        peeled = true;
        break;
      }
    }
  }
  return key;
}

/** Two companies that are likely one: to be merged or kept apart by the office. */
export interface DuplicatePair {
  readonly first: Company;
  readonly second: Company;
}

/** A core this short ("华") says too little to propose a merge on. */
const MIN_CORE_LENGTH = 2;

/**
 * Likely duplicates: the same core name ("锦江物业" / "锦江物业服务有限公司"), or one core
 * inside the other ("嘉宝物业" / "蓝光嘉宝物业服务集团股份有限公司"), unless the office kept the two apart. The
 * older company comes first: it is the one kept when the pair is merged.
 */
export function likelyDuplicates(companies: readonly Company[]): DuplicatePair[] {
  // Of two registered at once (one import), the longer name first: usually the full legal one.
  const sorted = [...companies].sort((a, b) => a.createdAt - b.createdAt || b.name.length - a.name.length || a.name.localeCompare(b.name));
  const cores = sorted.map((c) => coreName(c.name));
  const pairs: DuplicatePair[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < sorted.length; j += 1) {
      const [a, b] = [sorted[i]!, sorted[j]!];
      const [ca, cb] = [cores[i]!, cores[j]!];
      if (ca.length < MIN_CORE_LENGTH || cb.length < MIN_CORE_LENGTH) continue;
      if (a.keptApart.includes(b.id) || b.keptApart.includes(a.id)) continue;
      if (ca.includes(cb) || cb.includes(ca)) pairs.push({ first: a, second: b });
    }
  }
  return pairs;
}
