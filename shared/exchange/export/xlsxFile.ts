import * as XLSX from 'xlsx';
import { columnLetter, type CellRange } from '../grid';
import { cellText, displayWidth, type OutCell } from './cells';
import { sheetXml } from './sheetXml';

/**
 * Writes sheets as an .xlsx file (bytes; the caller saves or downloads them). SheetJS writes
 * the package around the sheets (workbook, styles with every number format used, relationships,
 * properties) from placeholder cells; the sheets themselves are written by
 * `sheetXml`, with fitted column widths, merged ranges and a frozen header, and then SheetJS
 * compresses the whole.
 */
export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly OutCell[])[];
  readonly merges?: readonly CellRange[];
  /** Rows kept in view at the top (title and header). */
  readonly freezeRows?: number;
  /** Rows whose text does not count towards column widths (titles spanning the sheet). */
  readonly widthSkipRows?: number;
}

// SheetJS types its zip container library as `any`; this is the part used here.
interface ZipContainer {
  readonly FullPaths: string[];
  readonly FileIndex: { content?: Uint8Array; size: number }[];
}
interface ZipLibrary {
  read(data: Uint8Array, options: { type: 'array' }): ZipContainer;
  write(zip: ZipContainer, options: { fileType: 'zip'; type: 'array'; compression: boolean }): ArrayLike<number>;
}
const zipLibrary = XLSX.CFB as ZipLibrary;

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
// Widths come from the first rows: enough to fit the data, and a 100 000-row export does not
// measure every cell.
const WIDTH_SAMPLE_ROWS = 2_000;

function columnWidths(spec: SheetSpec): number[] {
  const widths: number[] = [];
  const from = spec.widthSkipRows ?? 0;
  const to = Math.min(spec.rows.length, from + WIDTH_SAMPLE_ROWS);
  for (let r = from; r < to; r++) {
    (spec.rows[r] ?? []).forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? MIN_WIDTH, Math.min(MAX_WIDTH, displayWidth(cellText(cell)) + 2));
    });
  }
  // Excel's column width: characters of the widest digit (7 px) plus 5 px of padding.
  return Array.from(widths, (w) => Math.trunc((((w ?? MIN_WIDTH) * 7 + 5) / 7) * 256) / 256);
}

/** Excel refuses sheet names over 31 characters, with []:*?/\, or repeated. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').replace(/^'|'$/g, '_').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Every number format the cells use ("@", "yyyy-mm-dd", "0.0%" …), in first-seen order. */
function formatsUsed(sheets: readonly SheetSpec[]): string[] {
  const seen = new Set<string>();
  for (const spec of sheets) for (const row of spec.rows) for (const cell of row) if (cell?.z !== undefined) seen.add(String(cell.z));
  return [...seen];
}

// One placeholder cell per number format, so SheetJS puts each into styles.xml; the style
// index it gives each is read back from the placeholder sheet.
function skeleton(sheets: readonly SheetSpec[]): { zip: ZipContainer; styles: Map<string, number> } {
  const formats = formatsUsed(sheets);
  const placeholders: XLSX.CellObject[] = formats.map((z) => (z === '@' ? { t: 's', v: 'x', z } : { t: 'n', v: 0, z }));
  const book = XLSX.utils.book_new();
  const taken = new Set<string>();
  for (const spec of sheets) {
    const data = placeholders.length > 0 ? [placeholders] : [[{ t: 's', v: 'x' } as XLSX.CellObject]];
    XLSX.utils.book_append_sheet(book, { '!data': data, '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: 0, c: Math.max(0, placeholders.length - 1) } }) }, sheetName(spec.name, taken));
  }
  const zip = zipLibrary.read(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), { type: 'array' });
  const first = zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith('xl/worksheets/sheet1.xml'))];
  const xml = new TextDecoder().decode(first?.content ?? new Uint8Array());
  const styles = new Map<string, number>();
  formats.forEach((z, c) => {
    const style = new RegExp(`<c r="${columnLetter(c)}1" s="(\\d+)"`).exec(xml);
    styles.set(z, Number(style?.[1] ?? 0));
  });
  return { zip, styles };
}

export function writeXlsx(sheets: readonly SheetSpec[]): Uint8Array {
  const { zip, styles } = skeleton(sheets);
  const encoder = new TextEncoder();
  sheets.forEach((spec, i) => {
    const entry = zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith(`xl/worksheets/sheet${i + 1}.xml`))];
    if (!entry) throw new Error(`SheetJS wrote no sheet ${i + 1}`);
    const xml = sheetXml({
      rows: spec.rows,
      merges: spec.merges ?? [],
      widths: columnWidths(spec),
      freezeRows: spec.freezeRows ?? 0,
      styles,
      selected: i === 0,
    });
    entry.content = encoder.encode(xml);
    entry.size = entry.content.length;
  });
  return new Uint8Array(zipLibrary.write(zip, { fileType: 'zip', type: 'array', compression: true }));
}
