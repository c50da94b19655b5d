import { describe, expect, it } from 'vitest';
import type { Community } from '../../estates/community';
import type { Estate } from '../../estates/estate';
import { MESSY_WORKBOOK, xlsxBytes } from '../../../tests/fixtures/exchange/workbooks';
import { buildErrorWorkbook } from '../errorWorkbook';
import { DEFAULT_LIMITS } from '../limits';
import { estatesMapping } from '../../estates/estateMapping';
import { analyseWorkbook } from '../pipeline';
import { readZipDirectory } from '../zipGuard';
import { inflateZip } from '../zipInflate';
import { exportDistrictReport } from '../../estates/districtReport';
import { exportFullWorkbook } from './fullWorkbook';

const HOSTILE = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil","点我")', "=cmd|' /C calc'!A0"];

const communities: Community[] = HOSTILE.map((text, i) => ({
  id: `c${i}`, name: `${text}社区${i}`, nameKey: `k${i}`, kind: 'community', director: text, phone: text,
  planned: { total: 1, class1: null, class2: null, class3: null }, createdAt: 0, updatedAt: 0,
}));
const estates: Estate[] = HOSTILE.map((text, i) => ({
  id: `e${i}`, communityId: `c${i}`, name: text, aliases: [], nameKey: text, estateClass: 1, mode: 'market', company: text, companyId: null, buildings: 1,
  households: 1, floorArea: 1, address: text, pilot: false, notes: text, createdAt: 0, updatedAt: 0,
}));

async function sheetXml(bytes: Uint8Array): Promise<string[]> {
  const entries = readZipDirectory(bytes, DEFAULT_LIMITS);
  const parts = (await inflateZip(bytes, entries)) ?? [];
  return parts.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p.name)).map((p) => new TextDecoder().decode(p.data));
}

describe('no exported cell is a formula', () => {
  it.each([
    ['the full workbook', () => exportFullWorkbook({ communities, estates })],
    ['the district report', () => exportDistrictReport({ streetName: '=牌楼街道', date: '2024-03-15' }, { communities, estates })],
  ])('%s has no formula element and keeps the text as shared strings', async (_, make) => {
    const sheets = await sheetXml(make());
    expect(sheets.length).toBeGreaterThan(1);
    for (const xml of sheets) {
      expect(xml).not.toMatch(/<f[\s>/]/);
      expect(xml).not.toMatch(/t="str"/);
    }
  });

  it('the error workbook has none either', async () => {
    const analysis = await analyseWorkbook(xlsxBytes(MESSY_WORKBOOK), 'x.xlsx', estatesMapping);
    for (const xml of await sheetXml(buildErrorWorkbook(analysis, estatesMapping))) expect(xml).not.toMatch(/<f[\s>/]/);
  });

  it('freezes the header rows of every export', async () => {
    const [table, list, communityList] = await sheetXml(exportDistrictReport({ streetName: '牌楼街道', date: '2024-03-15' }, { communities, estates }));
    expect(table).toContain('<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>');
    expect(list).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(communityList).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    const [full] = await sheetXml(exportFullWorkbook({ communities, estates }));
    expect(full).toContain('ySplit="1"');
  });
});
