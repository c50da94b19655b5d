import { describe, expect, it } from 'vitest';
import type { Company } from './company';
import { companyIndex, companyKey, coreName, likelyDuplicates } from './companyNames';

let at = 0;
function company(name: string, extra: Partial<Company> = {}): Company {
  at += 1;
  const aliases = extra.aliases ?? [];
  return {
    id: `c-${at}`, name, nameKey: companyKey(name), aliases, aliasKeys: aliases.map(companyKey), keptApart: [], creditCode: '', qualification: '',
    legalRepresentative: '', contact: '', phone: '', address: '', notes: '', listing: 'none', createdAt: at, updatedAt: at, ...extra,
  };
}

describe('company names', () => {
  it('folds full-width forms, blanks and case only in the key', () => {
    expect(companyKey('锦江物业（集团） ')).toBe(companyKey('锦江物业(集团)'));
    expect(companyKey('ＡＢＣ物业')).toBe(companyKey('abc 物业'));
  });

  it('peels the legal endings off the core of a name', () => {
    expect(coreName('锦江物业服务有限公司')).toBe('锦江');
    expect(coreName('锦江物业')).toBe('锦江');
    expect(coreName('蓝光嘉宝物业服务集团股份有限公司')).toBe(coreName('蓝光嘉宝物业'));
    expect(coreName('物业')).toBe(companyKey('物业'));
  });

  it('finds a company by its name or a short name, the name winning', () => {
    const jinjiang = company('锦江物业服务有限公司', { aliases: ['锦江物业', '锦江'] });
    const other = company('锦江', {});
    const index = companyIndex([jinjiang, other]);
    expect(index.find('锦江物业 ')?.id).toBe(jinjiang.id);
    expect(index.find('锦江')?.id).toBe(other.id);
    expect(index.find('')).toBeUndefined();
    expect(index.find('万科物业')).toBeUndefined();
  });

  it('proposes names that are likely one company, oldest first, and not pairs kept apart', () => {
    const short = company('锦江物业');
    const full = company('锦江物业服务有限公司');
    const wanke = company('万科物业');
    const lone = company('华');
    const lonely = company('华物业');
    expect(likelyDuplicates([full, wanke, short, lone, lonely]).map((p) => [p.first.name, p.second.name])).toEqual([['锦江物业', '锦江物业服务有限公司']]);
    expect(likelyDuplicates([{ ...short, keptApart: [full.id] }, full, wanke])).toEqual([]);
  });
});
