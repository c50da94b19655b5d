import { nameKey } from '../common/text';

/**
 * The street office a return comes from, as its title rows say it ("牌楼街道物业管理小区…",
 * "填报单位：牌楼街道（盖章）"), else as its file name does. District consolidations need it as
 * a column, and returns rarely carry it as one.
 */
// Matching data, not UI words: what clerks and offices write, read in every locale (issue 8).
const STREET = /([\u4e00-\u9fff]{1,12}?(?:街道办事处|街道|镇|乡))/;
// "成华区牌楼街道" names the district too; the street is what follows the last 区 / 市 / 县.
const ABOVE_STREET = /^.*[区市县](?=[\u4e00-\u9fff]{2,})/;

function streetIn(text: string): string | null {
  const match = STREET.exec(text.replace(/^[^：:]*[：:]/, (prefix) => (/填报|单位|报送/.test(prefix) ? '' : prefix)));
  if (!match?.[1]) return null;
  return match[1].replace(ABOVE_STREET, '').replace(/办事处$/, '');
}

/** "牌楼街道", "牌楼街道办事处" and "牌楼" are the same street. */
export function sameStreet(a: string, b: string): boolean {
  const core = (s: string) => nameKey(s).replace(/(街道办事处|街道办|街道|办事处)$/, '');
  return core(a) === core(b);
}

export function streetOf(preamble: readonly string[], fileName: string): string {
  for (const line of preamble) {
    const street = streetIn(line);
    if (street) return street;
  }
  return streetIn(fileName.replace(/\.[^.]+$/, '')) ?? '';
}
