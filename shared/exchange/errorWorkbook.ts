import { exchangeMessages } from '../i18n/exchange';
import type { Locale } from '../i18n/locale';
import { textCell, valueCell, type OutCell } from './export/cells';
import { writeXlsx } from './export/xlsxFile';
import { formatRowProblem, formatRowReason } from './format';
import { columnLetter, type CellRange } from './grid';
import type { FieldKind, RecordMapping } from './mapping';
import type { SheetAnalysis } from './pipeline';
import type { InvalidRow } from './validateRows';

/**
 * The rows an import refused, as they were (same header, same cells) plus an 错误原因 column,
 * so a clerk can correct them in Excel and import the file again. The reason column is not a
 * field of any mapping, so the corrected file imports cleanly with it still there.
 */

// A number cell that showed as a date or a zero-padded code is written as the text the clerk
// saw, which the import reads back to the same value; counts and measures keep their number.
const SHOWN_AS_TEXT: ReadonlySet<FieldKind> = new Set(['date', 'code', 'text']);

function rowCells(row: InvalidRow, width: number, textColumns: ReadonlySet<number>): OutCell[] {
  const out: OutCell[] = [];
  for (let c = 0; c < width; c++) {
    const value = row.cells[c] ?? null;
    const shown = row.shown[c];
    out.push(typeof value === 'number' && shown !== undefined && textColumns.has(c) ? textCell(shown) : valueCell(value));
  }
  return out;
}

function reasonText(row: InvalidRow, labels: readonly string[], locale: Locale): string {
  const l = exchangeMessages[locale].layout;
  const parts = row.problems.map((p) => {
    if (p.column === null) return formatRowProblem(p, locale);
    return `${l.columnRef(columnLetter(p.column), labels[p.column] ?? '')} ${formatRowReason(p, locale)}`;
  });
  return `${l.originalRow(row.row)}${exchangeMessages[locale].layout.reasonSeparator}${parts.join(l.reasonSeparator)}`;
}

export function buildErrorWorkbook<V>(analysis: SheetAnalysis<V>, mapping: RecordMapping<V>, locale: Locale = 'zh-CN'): Uint8Array {
  const header = analysis.header;
  let width = header.labels.length;
  for (const row of [...header.cells, ...analysis.rows.invalid.map((r) => r.cells)]) width = Math.max(width, row.length);
  const textColumns = new Set<number>();
  for (const def of mapping.fields) {
    const assignment = analysis.columns.fields[def.key];
    if (assignment && SHOWN_AS_TEXT.has(def.kind)) textColumns.add(assignment.column);
  }
  const headerRows: OutCell[][] = header.cells.map((row, i) => {
    const cells: OutCell[] = [];
    for (let c = 0; c < width; c++) cells.push(valueCell(row[c] ?? null));
    cells.push(i === 0 ? textCell(exchangeMessages[locale].layout.errorColumn) : null);
    return cells;
  });
  const merges: CellRange[] = [...header.merges];
  // The reader filled merged header cells; a merged range holds its value once, top-left.
  for (const m of header.merges) {
    for (let r = m.s.r; r <= m.e.r; r++) {
      for (let c = m.s.c; c <= m.e.c; c++) {
        const row = headerRows[r];
        if (row && (r !== m.s.r || c !== m.s.c)) row[c] = null;
      }
    }
  }
  if (header.cells.length > 1) merges.push({ s: { r: 0, c: width }, e: { r: header.cells.length - 1, c: width } });
  const rowsOf = (invalid: readonly InvalidRow[]) => invalid.map((row) => [...rowCells(row, width, textColumns), textCell(reasonText(row, header.labels, locale))]);
  const sheet = (name: string, invalid: readonly InvalidRow[]) => ({ name, rows: [...headerRows, ...rowsOf(invalid)], merges, freezeRows: header.cells.length });
  // A list read from a sheet per community keeps its sheets: the sheet's name is the rows'
  // community, so each refused row goes back under its own sheet and imports back to it.
  if (analysis.parts.length > 1) {
    const named = analysis.parts.map((part) => sheet(part.name, analysis.rows.invalid.filter((r) => r.sheet === part.name)));
    return writeXlsx(named.filter((s) => s.rows.length > headerRows.length));
  }
  return writeXlsx([sheet(analysis.sheet.name, analysis.rows.invalid)]);
}
