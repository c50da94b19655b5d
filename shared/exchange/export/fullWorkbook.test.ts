import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { inventoryArbitrary, type InventoryData } from '../../../tests/fixtures/exchange/inventoryArbitrary';
import { analyseWorkbook } from '../pipeline';
import { analyseInventory } from '../testing/analyseInventory';
import { communitiesMapping } from '../../estates/communityMapping';
import { estatesMapping } from '../../estates/estateMapping';
import { exportEstatesCsv, toCsv } from './csv';
import { communityTable, withHeader } from '../../estates';
import { exportFullWorkbook } from './fullWorkbook';

function expectedCommunities(data: InventoryData) {
  return data.communities.map(({ name, kind, director, phone, planned }) => ({ name, kind, director, phone, planned }));
}

function expectedEstates(data: InventoryData) {
  const names = new Map(data.communities.map((c) => [c.id, c.name]));
  return data.estates.map(({ id: _id, communityId, nameKey: _k, companyId: _link, createdAt: _c, updatedAt: _u, ...fields }) => ({ community: names.get(communityId), ...fields }));
}

describe('exportFullWorkbook', () => {
  it('imports back to exactly the same communities and estates', async () => {
    await fc.assert(
      fc.asyncProperty(inventoryArbitrary, async (data) => {
        const analysis = await analyseInventory(exportFullWorkbook(data), '台账.xlsx', { existingCommunities: [] });
        expect(analysis.communities?.rows.invalid).toEqual([]);
        expect(analysis.communities?.rows.valid.map((r) => r.value)).toEqual(expectedCommunities(data));
        expect(analysis.estates?.rows.invalid ?? []).toEqual([]);
        expect(analysis.estates?.rows.valid.map((r) => r.value) ?? []).toEqual(expectedEstates(data));
      }),
      { numRuns: 60 },
    );
  });

  it('writes one sheet per kind with stable Chinese headers, phones as text cells', () => {
    const data: InventoryData = {
      communities: [{ id: 'c', name: '印盒石社区', nameKey: '印盒石社区', kind: 'community', director: '王芳', phone: '02887654321', planned: { total: 17, class1: 1, class2: 12, class3: 4 }, createdAt: 0, updatedAt: 0 }],
      estates: [],
    };
    const book = XLSX.read(exportFullWorkbook(data), { type: 'array', cellNF: true });
    expect(book.SheetNames).toEqual(['社区', '小区']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['社区']!, { header: 1 });
    expect(rows[0]).toEqual(['社区名称', '类型', '负责人', '联系电话', '规划总数', '规划一类', '规划二类', '规划三类']);
    expect(book.Sheets['社区']!['D2']).toMatchObject({ t: 's', v: '02887654321', z: '@' });
    expect(XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['小区']!, { header: 1 })[0]).toEqual([
      '所属社区', '小区名称', '小区类别', '管理模式', '物业服务企业', '楼幢数', '户数', '建筑面积（㎡）', '地址', '是否试点', '备注', '别名',
    ]);
  });
});

describe('CSV export', () => {
  it('imports back to the same records, formula guards and all', async () => {
    await fc.assert(
      fc.asyncProperty(inventoryArbitrary, async (data) => {
        const estates = await analyseWorkbook(exportEstatesCsv(data), '小区.csv', estatesMapping).catch(() => null);
        expect(estates?.rows.valid.map((r) => r.value) ?? []).toEqual(expectedEstates(data));
        const communities = await analyseWorkbook(toCsv(withHeader(communityTable(data.communities))), '社区.csv', communitiesMapping);
        expect(communities.rows.valid.map((r) => r.value)).toEqual(expectedCommunities(data));
      }),
      { numRuns: 60 },
    );
  });

  it('is UTF-8 with a BOM and CRLF, with formula-like text behind an apostrophe', () => {
    const data: InventoryData = {
      communities: [{ id: 'c', name: '=HYPERLINK("http://x")', nameKey: 'x', kind: 'community', director: '@SUM(1)', phone: '+8613800138000', planned: { total: null, class1: null, class2: null, class3: null }, createdAt: 0, updatedAt: 0 }],
      estates: [],
    };
    const bytes = toCsv(withHeader(communityTable(data.communities)));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"")",社区,'@SUM(1),'+8613800138000,,,,`);
  });
});
