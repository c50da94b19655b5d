import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN5_COMMUNITIES } from '../../../shared/estates/examplePlan5';
import { nameKey } from '../../../shared/common/text';
import { parseCsv } from '../../../shared/exchange/csvParse';
import { buildErrorWorkbook } from '../../../shared/exchange/errorWorkbook';
import { exportEstatesCsv, toCsv } from '../../../shared/exchange/export/csv';
import { communityTable, withHeader } from '../../../shared/estates';
import { exportDistrictReport } from '../../../shared/estates/districtReport';
import { exportFullWorkbook } from '../../../shared/exchange/export/fullWorkbook';
import { estatesMapping } from '../../../shared/estates/estateMapping';
import { analyseWorkbook } from '../../../shared/exchange/pipeline';
import { analyseInventory } from '../../../shared/exchange/testing/analyseInventory';
import { inventoryArbitrary, type InventoryData } from '../../fixtures/exchange/inventoryArbitrary';
import { convert, CSV_ALL_SHEETS, CSV_UTF8_IMPORT, findSoffice, SOFFICE_MISSING, sofficeRequired } from '../../fixtures/exchange/soffice';
import { unzipStored } from '../../fixtures/exchange/zipBuild';
import { MESSY_WORKBOOK, xlsxBytes } from '../../fixtures/exchange/workbooks';

/**
 * The real client: every kind of export is opened by LibreOffice headless and converted to CSV
 * (values, not display), and what LibreOffice read must be what we wrote. The CSV export goes
 * the other way (LibreOffice opens our CSV and saves it as .xlsx) and must not turn any text
 * into a formula. On CI (CI=true) these tests fail, rather than skip, without LibreOffice.
 */

const soffice = findSoffice();
const run = soffice !== null || sofficeRequired();

const [inventory] = fc.sample(inventoryArbitrary.filter((d) => d.estates.length >= 6), { numRuns: 1, seed: 20240315 }) as [InventoryData];
const plan5Communities = PLAN5_COMMUNITIES.map((c, i) => ({ ...c, id: `c${i}`, nameKey: nameKey(c.name), createdAt: 0, updatedAt: 0, phone: i === 0 ? '02887654321' : '' }));
const plan5Estates = [0, 0, 1, 5, 5, 8].map((c, i) => ({
  id: `e${i}`, communityId: `c${c}`, name: `=小区${i}`, aliases: [], nameKey: `小区${i}`, estateClass: ((i % 4) as 0 | 1 | 2 | 3), mode: 'market' as const, company: '@物业', companyId: null,
  buildings: i, households: i * 10, floorArea: i * 1000.25, address: '-路1号', pilot: i % 2 === 0, notes: '', createdAt: 0, updatedAt: 0,
}));

let dir = '';
const ours = new Map<string, Uint8Array>();

/** Every sheet of a workbook as rows of text, trailing blanks trimmed (what a CSV shows). */
function sheetsAsText(bytes: Uint8Array): Map<string, string[][]> {
  const book = XLSX.read(bytes, { type: 'array', dense: true });
  const out = new Map<string, string[][]>();
  for (const name of book.SheetNames) {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1, raw: true, defval: '' });
    out.set(name, trim(rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))))));
  }
  return out;
}

function trim(rows: string[][]): string[][] {
  const out = rows.map((r) => {
    const copy = [...r];
    while (copy.length > 0 && copy[copy.length - 1] === '') copy.pop();
    return copy;
  });
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop();
  return out;
}

function libreOfficeCsv(base: string, sheet: string): string[][] {
  const text = readFileSync(path.join(dir, 'csv', `${base}-${sheet}.csv`), 'utf8');
  return trim(parseCsv(text, { maxRows: 100_000, maxColumns: 100 }).rows);
}

describe.skipIf(!run)('exports opened by LibreOffice', () => {
  beforeAll(() => {
    if (!soffice) throw new Error(SOFFICE_MISSING);
    dir = mkdtempSync(path.join(tmpdir(), 'lo-exports-'));
    ours.set('full', exportFullWorkbook(inventory));
    ours.set('district', exportDistrictReport({ streetName: '牌楼街道', date: '2024-03-15' }, { communities: plan5Communities, estates: plan5Estates }));
    return analyseWorkbook(xlsxBytes(MESSY_WORKBOOK), 'x.xlsx', estatesMapping).then((analysis) => {
      ours.set('errors', buildErrorWorkbook(analysis, estatesMapping));
      for (const [name, bytes] of ours) writeFileSync(path.join(dir, `${name}.xlsx`), bytes);
      writeFileSync(path.join(dir, 'estates.csv'), exportEstatesCsv({ communities: plan5Communities, estates: plan5Estates }));
      writeFileSync(path.join(dir, 'communities.csv'), toCsv(withHeader(communityTable(plan5Communities))));
      convert(soffice, [...ours.keys()].map((n) => path.join(dir, `${n}.xlsx`)), CSV_ALL_SHEETS, path.join(dir, 'csv'));
      convert(soffice, ['estates.csv', 'communities.csv'].map((n) => path.join(dir, n)), 'xlsx', path.join(dir, 'fromCsv'), CSV_UTF8_IMPORT);
    });
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['full', ['社区', '小区']],
    ['district', ['分类统计', '小区名单', '社区名单']],
    ['errors', ['小区情况']],
  ])('LibreOffice reads every cell of the %s workbook as we wrote it', (name, sheets) => {
    const expected = sheetsAsText(ours.get(name)!);
    expect([...expected.keys()]).toEqual(sheets);
    for (const sheet of sheets) expect(libreOfficeCsv(name, sheet)).toEqual(expected.get(sheet));
  });

  it('what LibreOffice read of the full workbook imports as the same inventory', async () => {
    const estatesCsv = readFileSync(path.join(dir, 'csv', 'full-小区.csv'));
    const communitiesCsv = readFileSync(path.join(dir, 'csv', 'full-社区.csv'));
    const communities = await analyseInventory(new Uint8Array(communitiesCsv), '社区.csv', { existingCommunities: 'any' });
    expect(communities.communities?.rows.valid.map((r) => r.value.name)).toEqual(inventory.communities.map((c) => c.name));
    const estates = await analyseWorkbook(new Uint8Array(estatesCsv), '小区.csv', estatesMapping);
    expect(estates.rows.valid.map((r) => [r.value.community, r.value.name, r.value.estateClass, r.value.households])).toEqual(
      inventory.estates.map((e) => [inventory.communities.find((c) => c.id === e.communityId)?.name, e.name, e.estateClass, e.households]),
    );
  });

  it('LibreOffice opens our CSV with Chinese intact and no formula, the guard apostrophe shown as text', () => {
    for (const name of ['estates', 'communities']) {
      const bytes = new Uint8Array(readFileSync(path.join(dir, 'fromCsv', `${name}.xlsx`)));
      for (const part of unzipStored(bytes).filter((p) => p.name.startsWith('xl/worksheets/'))) {
        expect(new TextDecoder().decode(part.data)).not.toMatch(/<f[\s>/]/);
      }
      const rows = [...sheetsAsText(bytes).values()][0] ?? [];
      if (name === 'estates') {
        expect(rows[0]?.slice(0, 3)).toEqual(['所属社区', '小区名称', '小区类别']);
        expect(rows[1]?.slice(0, 5)).toEqual(['印盒石社区', "'=小区0", '未分类', '市场化物业服务', "'@物业"]);
      } else {
        // A CSV carries no cell types: any spreadsheet takes 02887654321 for a number. Phones
        // keep their zero in the xlsx exports (text cells) and in our own CSV import.
        expect(rows[1]?.slice(0, 3)).toEqual(['印盒石社区', '社区', '']);
      }
    }
  });

  it('keeps the district table merges and the frozen header when LibreOffice opens it', () => {
    const book = XLSX.read(ours.get('district')!, { type: 'array' });
    const merges = (book.Sheets['分类统计']?.['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m));
    expect(merges).toContain('D3:F3');
    // LibreOffice wrote the CSV from the merged sheet without shifting a single cell.
    expect(libreOfficeCsv('district', '分类统计')[2]).toEqual(['序号', '社区', '规划数', '其中', '', '', '实有数', '其中', '', '', '', '核对说明']);
  });
});
