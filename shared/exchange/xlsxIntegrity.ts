import { ExchangeError } from './errors';
import type { InflatedEntry } from './zipInflate';

/**
 * SheetJS reads a damaged .xlsx leniently: a sheet whose XML breaks off, or whose text cells
 * point into a shared-strings part that is missing, comes out empty, and the clerk would be told
 * to look for a header that is there. These checks call such a file damaged instead.
 */

const decoder = new TextDecoder();

function tail(data: Uint8Array): string {
  return decoder.decode(data.subarray(Math.max(0, data.length - 256))).trimEnd();
}

function endsWithClosing(data: Uint8Array, element: string): boolean {
  return new RegExp(`</(\\w+:)?${element}>$`).test(tail(data));
}

// `t="s"`: a cell whose text lives in the shared-strings part.
const SHARED_STRING_CELL = /<(\w+:)?c\b[^>]*\bt="s"/;

export function checkXlsxParts(entries: readonly InflatedEntry[]): void {
  const byName = new Map(entries.map((e) => [e.name.replace(/^\/+/, '').toLowerCase(), e]));
  const workbook = byName.get('xl/workbook.xml');
  if (workbook && !endsWithClosing(workbook.data, 'workbook')) throw new ExchangeError('damagedWorkbook', { part: 'xl/workbook.xml' });
  const hasSharedStrings = byName.has('xl/sharedstrings.xml');
  for (const [name, entry] of byName) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    if (!endsWithClosing(entry.data, 'worksheet')) throw new ExchangeError('damagedWorkbook', { part: entry.name });
    if (!hasSharedStrings && SHARED_STRING_CELL.test(decoder.decode(entry.data.subarray(0, 1 << 20)))) {
      throw new ExchangeError('damagedWorkbook', { part: 'xl/sharedStrings.xml' });
    }
  }
}
