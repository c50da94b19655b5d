import { describe, expect, it } from 'vitest';
import type { Community } from '../estates/community';
import type { Estate } from '../estates/estate';
import { xlsxBytes } from '../../tests/fixtures/exchange/workbooks';
import { existingCommunities, existingEstates } from '../estates';
import { communitiesMapping } from '../estates/communityMapping';
import { estatesMapping } from '../estates/estateMapping';
import { analyseWorkbook, diffAgainst } from './pipeline';

const community = (id: string, name: string): Community => ({
  id, name, nameKey: name, kind: 'community', director: '', phone: '', planned: { total: null, class1: null, class2: null, class3: null }, createdAt: 0, updatedAt: 0,
});

const estate = (id: string, communityId: string, name: string, over: Partial<Estate> = {}): Estate => ({
  id, communityId, name, aliases: [], nameKey: name, estateClass: 1, mode: 'market', company: '某物业', companyId: null, buildings: 10, households: 100, floorArea: null,
  address: '老地址', pilot: false, notes: '', createdAt: 0, updatedAt: 0, ...over,
});

const communities = [community('c1', '印盒石社区'), community('c2', '观音岩社区')];
const estates = [estate('e1', 'c1', '阳光花园'), estate('e2', 'c1', '万科1期'), estate('e3', 'c2', '翠竹园')];

describe('diffAgainst', () => {
  it('sorts rows into new, changed field by field, and unchanged, keyed on community + estate name', async () => {
    const bytes = xlsxBytes({
      sheets: [{
        name: '小区',
        rows: [
          ['所属社区', '小区名称', '小区类别', '管理模式', '物业公司', '楼栋数', '户数'],
          ['印盒石社区', '阳光花园', '一类', '市场化', '某物业', 10, 100],
          ['印盒石社区', '万科１期 ', '二类', '市场化', '某物业', 10, 120],
          ['观音岩社区', '新华里', '三类', null, null, 2, 20],
          ['观音岩社区', '阳光花园', '一类', '市场化', '某物业', 10, 100],
        ],
      }],
    });
    const analysis = await analyseWorkbook(bytes, 'x.xlsx', estatesMapping);
    const diff = diffAgainst(analysis, estatesMapping, existingEstates(communities, estates));
    expect(diff.unchanged).toEqual([{ row: 2, id: 'e1' }]);
    expect(diff.changed.map((c) => [c.row, c.id, c.changes])).toEqual([
      // Matched by key, but the sheet's own spelling is what it brings: the preview shows it.
      [3, 'e2', [{ field: 'name', before: '万科1期', after: '万科１期' }, { field: 'estateClass', before: 1, after: 2 }, { field: 'households', before: 100, after: 120 }]],
    ]);
    expect(diff.added.map((a) => [a.row, a.value.community, a.value.name])).toEqual([
      [4, '观音岩社区', '新华里'],
      [5, '观音岩社区', '阳光花园'],
    ]);
  });

  it('leaves fields without a column as they are: no 地址 column does not blank the address', async () => {
    const bytes = xlsxBytes({ sheets: [{ name: 'S', rows: [['社区', '小区名称', '户数'], ['印盒石社区', '阳光花园', 150]] }] });
    const analysis = await analyseWorkbook(bytes, 'x.xlsx', estatesMapping);
    const [changed] = diffAgainst(analysis, estatesMapping, existingEstates(communities, estates)).changed;
    expect(changed?.changes).toEqual([{ field: 'households', before: 100, after: 150 }]);
    expect(changed?.value).toMatchObject({ community: '印盒石社区', name: '阳光花园', households: 150, address: '老地址', company: '某物业' });
  });

  it('compares planned counts of communities, and a blank cell clears a value', async () => {
    const stored = [{ ...community('c1', '印盒石社区'), planned: { total: 17, class1: 1, class2: 12, class3: 4 } }];
    const bytes = xlsxBytes({ sheets: [{ name: 'S', rows: [['社区', '规划数', '一类', '二类', '三类'], ['印盒石社区', 18, 1, 12, null]] }] });
    const analysis = await analyseWorkbook(bytes, 'x.xlsx', communitiesMapping);
    const [changed] = diffAgainst(analysis, communitiesMapping, existingCommunities(stored)).changed;
    expect(changed?.changes).toEqual([
      { field: 'plannedTotal', before: 17, after: 18 },
      { field: 'plannedClass3', before: 4, after: null },
    ]);
    expect(changed?.value.planned).toEqual({ total: 18, class1: 1, class2: 12, class3: null });
  });
});
