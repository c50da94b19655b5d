import type { CellRange } from '../grid';
import { columnLetter } from '../grid';
import type { OutCell } from './cells';

/**
 * One worksheet as SpreadsheetML, written here rather than by SheetJS: SheetJS CE cannot freeze
 * panes, and writing the XML directly is as fast as its own writer. The cells it can hold are
 * exactly what exports need, and none of them can be a formula: text is an inline string, a
 * number a number, a flag a boolean. There is no `<f>` anywhere in this file.
 */

export interface SheetXmlInput {
  readonly rows: readonly (readonly OutCell[])[];
  readonly merges: readonly CellRange[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  readonly freezeRows: number;
  /** The cell style (cellXfs index) of each number format ("@", "yyyy-mm-dd" …). */
  readonly styles: ReadonlyMap<string, number>;
  readonly selected: boolean;
}

// XML 1.0 cannot hold most control characters; OOXML writes them (and CR, which XML would
// turn into LF) as _xHHHH_, and a literal "_xHHHH_" gets its underscore escaped so that it reads
// back as itself.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_(?=x[0-9a-fA-F]{4}_)/;
// eslint-disable-next-line no-control-regex -- as above
const ESCAPES = /[&<>\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_(?=x[0-9a-fA-F]{4}_)/g;

function escapeChar(ch: string): string {
  switch (ch) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '_':
      return '_x005F_';
    default:
      return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
  }
}

function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPES, escapeChar) : text;
}

function cellXml(cell: OutCell, ref: string, styles: ReadonlyMap<string, number>): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  const styleId = cell.z === undefined ? undefined : styles.get(String(cell.z));
  const style = styleId ? ` s="${styleId}"` : '';
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' && Number.isFinite(cell.v) ? `<c r="${ref}"${style}><v>${cell.v}</v></c>` : '';
    case 'b':
      return `<c r="${ref}"${style} t="b"><v>${cell.v ? 1 : 0}</v></c>`;
    default: {
      const text = String(cell.v);
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
      return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${escapeText(text)}</t></is></c>`;
    }
  }
}

function paneXml(freezeRows: number): string {
  if (freezeRows <= 0) return '';
  const first = `A${freezeRows + 1}`;
  return `<pane ySplit="${freezeRows}" topLeftCell="${first}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${first}" sqref="${first}"/>`;
}

function rangeRef(range: CellRange): string {
  return `${columnLetter(range.s.c)}${range.s.r + 1}:${columnLetter(range.e.c)}${range.e.r + 1}`;
}

export function sheetXml(input: SheetXmlInput): string {
  let width = 1;
  for (const row of input.rows) width = Math.max(width, row.length);
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    `<dimension ref="A1:${letters[width - 1] ?? 'A'}${Math.max(1, input.rows.length)}"/>`,
    `<sheetViews><sheetView${input.selected ? ' tabSelected="1"' : ''} workbookViewId="0">${paneXml(input.freezeRows)}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
  ];
  if (input.widths.length > 0) {
    parts.push('<cols>', ...input.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`), '</cols>');
  }
  parts.push('<sheetData>');
  input.rows.forEach((row, r) => {
    const rowNumber = r + 1;
    let cells = '';
    for (let c = 0; c < row.length; c++) cells += cellXml(row[c] ?? null, `${letters[c]}${rowNumber}`, input.styles);
    if (cells !== '') parts.push(`<row r="${rowNumber}">${cells}</row>`);
  });
  parts.push('</sheetData>');
  if (input.merges.length > 0) {
    parts.push(`<mergeCells count="${input.merges.length}">`, ...input.merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`), '</mergeCells>');
  }
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>', '</worksheet>');
  return parts.join('');
}
