import { describe, expect, it } from 'vitest';
import { domainMessages } from '../i18n/domain';
import { formatProblem } from '../i18n/format';
import { validateCommunity, validateEstate } from './validation';

const zh = domainMessages['zh-CN'];

describe('validateEstate', () => {
  it('accepts a full estate and cleans its text', () => {
    const result = validateEstate({
      communityId: 'c1', name: ' 锦绣花园　', estateClass: '二类小区', mode: '单位自管', company: '某物业',
      buildings: '１２', households: '1,203', floorArea: '35000.5', address: '牌楼路1号', pilot: '是', notes: '',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        communityId: 'c1', name: '锦绣花园', aliases: [], estateClass: 2, mode: 'employer', company: '某物业', buildings: 12,
        households: 1203, floorArea: 35000.5, address: '牌楼路1号', pilot: true, notes: '',
      },
    });
  });

  it('reads 别名 from one cell split on 、 and ；, each kept as typed, repeats and the name itself dropped by their folded key', () => {
    const cell = ' 锦绣苑（东）、锦绣苑(东)；锦绣花园二期/三期;錦繡 、 锦绣花园 ；；';
    const result = validateEstate({ communityId: 'c1', name: '锦绣花园', aliases: cell });
    expect(result.ok && result.value.aliases).toEqual(['锦绣苑（东）', '锦绣花园二期/三期', '錦繡']);
    // The form gives a list: the same rule.
    const listed = validateEstate({ communityId: 'c1', name: '锦绣花园', aliases: ['锦绣苑', ' 锦绣苑 ', '锦绣花园（东）'] });
    expect(listed.ok && listed.value.aliases).toEqual(['锦绣苑', '锦绣花园（东）']);
    const long = validateEstate({ communityId: 'c1', name: 'A', aliases: ['苑'.repeat(101)] });
    expect(long.ok ? [] : long.problems.map((p) => p.field)).toEqual(['aliases']);
  });

  it('requires a name and a community, in Chinese', () => {
    const result = validateEstate({ name: '   ' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => formatProblem(p, zh))).toEqual(['所属社区：不能为空', '名称：不能为空']);
  });

  it('refuses negative and fractional counts', () => {
    const result = validateEstate({ communityId: 'c1', name: 'A', households: -5, buildings: '2.5' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => formatProblem(p, zh))).toEqual(['楼幢数：必须是整数', '户数：不能为负数']);
  });

  it('refuses an unknown class and mode instead of guessing', () => {
    const result = validateEstate({ communityId: 'c1', name: 'A', estateClass: '四类', mode: '随便' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toEqual(['unknownClass', 'unknownMode']);
    expect(formatProblem(result.problems[0]!, zh)).toContain('四类');
  });
});

describe('values kept or refused, never altered', () => {
  it('refuses 户数 99999999999999999999 with its upper bound, and a pasted 10,000-character name with its limit', () => {
    const refused = validateEstate({ communityId: 'c1', name: '桂'.repeat(10_000), households: '99999999999999999999' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems).toEqual([
      { field: 'name', code: 'tooLong', params: { max: 100 } },
      { field: 'households', code: 'tooLarge', params: { max: 9_999_999 } },
    ]);
  });
});

describe('validateCommunity', () => {
  it('reads planned counts and kind', () => {
    const result = validateCommunity({ name: '石峰村', kind: '村', planned: { total: '1', class1: 0, class2: '', class3: 1 } });
    expect(result).toEqual({
      ok: true,
      value: { name: '石峰村', kind: 'village', director: '', phone: '', planned: { total: 1, class1: 0, class2: null, class3: 1 } },
    });
  });
  it('refuses a negative plan', () => {
    const result = validateCommunity({ name: 'X', planned: { total: -1 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatProblem(result.problems[0]!, zh)).toBe('规划总数：不能为负数');
  });
});
