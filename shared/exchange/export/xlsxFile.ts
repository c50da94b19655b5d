import * as XLSX from 'xlsx';
import type { CellRange } from '../grid';
import { cellText, displayWidth, type OutCell } from './cells';

/**
 * Writes sheets as an .xlsx file (bytes; the caller saves or downloads them). Column widths
 * fit the content, and `freezeRows` keeps the header in view while scrolling: SheetJS CE does
 * not write frozen panes, so the sheet XML gets its `<pane>` before the file is compressed.
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

function columnWidths(spec: SheetSpec): XLSX.ColInfo[] {
  const widths: number[] = [];
  const from = spec.widthSkipRows ?? 0;
  const to = Math.min(spec.rows.length, from + WIDTH_SAMPLE_ROWS);
  for (let r = from; r < to; r++) {
    (spec.rows[r] ?? []).forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? MIN_WIDTH, Math.min(MAX_WIDTH, displayWidth(cellText(cell)) + 2));
    });
  }
  return Array.from(widths, (w) => ({ wch: w ?? MIN_WIDTH }));
}

// OOXML reads "_x0041_" in a string as an escaped "A"; a literal one must have its underscore
// escaped (_x005F_), which SheetJS does not do when writing.
const OOXML_ESCAPE = /_(x[0-9a-fA-F]{4}_)/g;

function escapedText(cell: XLSX.CellObject): XLSX.CellObject {
  return cell.t === 's' && typeof cell.v === 'string' && cell.v.includes('_x') ? { ...cell, v: cell.v.replace(OOXML_ESCAPE, '_x005F_$1') } : cell;
}

function toWorksheet(spec: SheetSpec): XLSX.WorkSheet {
  const data: XLSX.CellObject[][] = spec.rows.map((row) => {
    const out: XLSX.CellObject[] = [];
    row.forEach((cell, c) => {
      if (cell) out[c] = escapedText(cell);
    });
    return out;
  });
  // A loop, not Math.max(...rows): a 100 000-row sheet would overflow the argument list.
  let width = 1;
  for (const row of spec.rows) width = Math.max(width, row.length);
  const sheet: XLSX.WorkSheet = {
    '!data': data,
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, spec.rows.length - 1), c: width - 1 } }),
    '!cols': columnWidths(spec),
  };
  if (spec.merges && spec.merges.length > 0) sheet['!merges'] = spec.merges.map((m) => ({ s: { ...m.s }, e: { ...m.e } }));
  return sheet;
}

function freezePane(xml: string, rows: number): string {
  const pane = `<pane ySplit="${rows}" topLeftCell="A${rows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${rows + 1}" sqref="A${rows + 1}"/>`;
  return xml.replace(/<sheetView([^>]*?)\/>/, `<sheetView$1>${pane}</sheetView>`);
}

/** Excel refuses sheet names over 31 characters, with []:*?/\\, or repeated. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').replace(/^'|'$/g, '_').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export function writeXlsx(sheets: readonly SheetSpec[]): Uint8Array {
  const book = XLSX.utils.book_new();
  const taken = new Set<string>();
  for (const spec of sheets) XLSX.utils.book_append_sheet(book, toWorksheet(spec), sheetName(spec.name, taken));
  const stored = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true, compression: false }) as ArrayBuffer);
  const zip = zipLibrary.read(stored, { type: 'array' });
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  sheets.forEach((spec, i) => {
    if (!spec.freezeRows) return;
    const index = zip.FullPaths.findIndex((p) => p.endsWith(`xl/worksheets/sheet${i + 1}.xml`));
    const entry = zip.FileIndex[index];
    if (!entry?.content) return;
    const content = encoder.encode(freezePane(decoder.decode(entry.content), spec.freezeRows));
    entry.content = content;
    entry.size = content.length;
  });
  return new Uint8Array(zipLibrary.write(zip, { fileType: 'zip', type: 'array', compression: true }));
}
