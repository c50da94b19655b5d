import { cellText, type OutCell } from './cells';
import { guardCsvText } from './formulaGuard';
import { estateTable, withHeader, type Inventory } from '../../estates';

/**
 * CSV as Excel and WPS open it without asking: UTF-8 with a BOM (without one, Chinese Excel
 * reads GBK and shows mojibake), CRLF line ends, RFC 4180 quoting, and formula-like text
 * guarded with a leading apostrophe.
 */

const BOM = '\ufeff';

function csvField(cell: OutCell): string {
  if (!cell || cell.v === undefined) return '';
  const text = cell.t === 's' ? guardCsvText(cellText(cell)) : cellText(cell);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly OutCell[])[]): Uint8Array {
  const text = BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(text);
}

export function exportEstatesCsv(inventory: Inventory): Uint8Array {
  return toCsv(withHeader(estateTable(inventory)));
}
