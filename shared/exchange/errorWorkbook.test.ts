import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { datesWorkbook, MESSY_WORKBOOK, PLAN5_WORKBOOK, xlsxBytes } from '../../tests/fixtures/exchange/workbooks';
import { termsMapping } from '../../tests/fixtures/exchange/termsMapping';
import { buildErrorWorkbook } from './errorWorkbook';
import { communitiesMapping } from '../estates/communityMapping';
import { estatesMapping } from '../estates/estateMapping';
import { analyseWorkbook } from './pipeline';

function rowsOf(bytes: Uint8Array): unknown[][] {
  const book = XLSX.read(bytes, { type: 'array' });
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  return sheet ? XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null }) : [];
}

/** The bytes with some cells rewritten, as a clerk would in Excel. */
function corrected(bytes: Uint8Array, fix: (rows: unknown[][]) => void): Uint8Array {
  const book = XLSX.read(bytes, { type: 'array' });
  const name = book.SheetNames[0] ?? '';
  const rows = rowsOf(bytes);
  fix(rows);
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = book.Sheets[name]?.['!merges'];
  book.Sheets[name] = sheet;
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('buildErrorWorkbook', () => {
  it('writes the refused rows as they were under the same header, with a reason column', async () => {
    const analysis = await analyseWorkbook(xlsxBytes(MESSY_WORKBOOK), 'x.xlsx', estatesMapping);
    const rows = rowsOf(buildErrorWorkbook(analysis, estatesMapping));
    expect(rows[0]).toEqual([...analysis.header.labels, '错误原因']);
    expect(rows.slice(1).map((r) => r.slice(0, 12))).toEqual(analysis.rows.invalid.map((r) => Array.from({ length: 12 }, (_, c) => r.cells[c] ?? null)));
    expect(rows[2]?.[12]).toBe('原表第 19 行；D 列（小区类别） 无法识别的小区类别“四类”，应为一类、二类、三类或留空');
  });

  it('imports cleanly once corrected, and refuses the same rows for the same reasons before', async () => {
    const analysis = await analyseWorkbook(xlsxBytes(MESSY_WORKBOOK), 'x.xlsx', estatesMapping);
    const errors = buildErrorWorkbook(analysis, estatesMapping);
    const again = await analyseWorkbook(errors, 'errors.xlsx', estatesMapping);
    expect(again.rows.invalid.map((r) => r.problems.map((p) => p.field))).toEqual(
      analysis.rows.invalid.filter((r) => r.row !== 18).map((r) => r.problems.map((p) => p.field)),
    );
    const fixed = corrected(errors, (rows) => {
      const byName = (name: string): unknown[] => rows.find((r) => r[2] === name) ?? [];
      byName('翠竹园 ')[2] = '翠竹园二期';
      byName('幸福里')[3] = '二类';
      byName('和平里')[7] = 40;
      const unnamed = rows.find((r, i) => i > 0 && r[2] === null);
      if (unnamed) unnamed[2] = '平安里';
      Object.assign(byName('长安里'), { 4: '市场化', 6: 2, 10: '否' });
    });
    const clean = await analyseWorkbook(fixed, 'fixed.xlsx', estatesMapping);
    expect(clean.counts.invalid).toBe(0);
    expect(clean.rows.valid.map((r) => r.value.name)).toEqual(['翠竹园二期', '幸福里', '和平里', '平安里', '长安里']);
  });

  it('keeps a two-row header with its merges so the corrected file maps the same way', async () => {
    const plan = { sheets: [{ ...PLAN5_WORKBOOK.sheets[0]!, rows: [...PLAN5_WORKBOOK.sheets[0]!.rows.slice(0, 4), ['观音岩社区', 19, '四', 5, 10]] }] };
    const analysis = await analyseWorkbook(xlsxBytes(plan), 'x.xlsx', communitiesMapping);
    expect(analysis.counts.invalid).toBe(1);
    const errors = buildErrorWorkbook(analysis, communitiesMapping);
    const again = await analyseWorkbook(errors, 'e.xlsx', communitiesMapping);
    expect(again.header.labels.slice(0, 5)).toEqual(analysis.header.labels);
    expect(again.rows.invalid.map((r) => r.problems.map((p) => p.field))).toEqual([['plannedClass1']]);
  });

  it('writes a date the sheet showed as a date as that text, which imports back to the same day', async () => {
    const def = datesWorkbook('1904');
    const sheet = def.sheets[0]!;
    const rows = sheet.rows.map((r, i) => (i === 2 ? [null, ...r.slice(1)] : r));
    const analysis = await analyseWorkbook(xlsxBytes({ ...def, sheets: [{ ...sheet, rows }] }), 'x.xlsx', termsMapping);
    const refused = analysis.rows.invalid.find((r) => r.row === 3);
    expect(refused?.problems.map((p) => p.field)).toEqual(['community']);
    const errors = buildErrorWorkbook(analysis, termsMapping);
    expect(rowsOf(errors)[1]?.slice(2, 4)).toEqual(['2024-03-15', '2024年4月14日']);
    const fixed = corrected(errors, (out) => {
      out[1]![0] = '印盒石社区';
    });
    const again = await analyseWorkbook(fixed, 'fixed.xlsx', termsMapping);
    expect(again.rows.valid[0]?.value).toMatchObject({ electedOn: '2024-03-15', filedOn: '2024-04-14' });
  });
});
