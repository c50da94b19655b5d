import * as XLSX from 'xlsx';
import { decodeText, type TextEncodingName } from './csvDecode';
import { ExchangeError } from './errors';

/**
 * Web pages saved as .xls: how many government systems export a table (often in GB2312). The
 * page's text is decoded as its BOM or its <meta charset> says (else as a CSV would be), and
 * SheetJS turns each <table> into a sheet: <th> and <td> alike, colspan / rowspan as merged
 * ranges. Every cell is read as the text the page shows, because HTML has no number cells: a
 * code kept as text with mso-number-format:'\@' ("000123") stays "000123", and numbers,
 * dates and counts are parsed later like any text cell.
 */

export interface DecodedHtml {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

const GB = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|csgb2312)$/i;
const UTF8 = /^utf-?8$/i;

function declaredCharset(bytes: Uint8Array): TextEncodingName | undefined {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) head += String.fromCharCode(bytes[i] ?? 0);
  const charset = /<meta[^>]*charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  if (!charset) return undefined;
  if (GB.test(charset)) return 'gb18030';
  if (UTF8.test(charset)) return 'utf-8';
  return undefined;
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const declared = hasBom(bytes) ? undefined : declaredCharset(bytes);
  if (declared) {
    try {
      return { text: new TextDecoder(declared, { fatal: true }).decode(bytes), encoding: declared };
    } catch {
      // A page that says GB2312 but is UTF-8 (or the other way round) is read as its bytes say.
    }
  }
  const decoded = decodeText(bytes);
  return { text: decoded.text, encoding: decoded.encoding };
}

const TABLE = /<table[\s>]/i;
const CELL = /<t[dh][\s>]/i;

/** The page's tables as a SheetJS book; a page without a table with cells is refused in one sentence. */
export function readHtmlBook(text: string, options: XLSX.ParsingOptions, parse: (read: () => XLSX.WorkBook) => XLSX.WorkBook): XLSX.WorkBook {
  if (!TABLE.test(text) || !CELL.test(text)) throw new ExchangeError('htmlDisguised');
  let book: XLSX.WorkBook;
  try {
    book = parse(() => XLSX.read(text, { ...options, type: 'string', raw: true }));
  } catch {
    throw new ExchangeError('htmlDisguised');
  }
  const hasCells = book.SheetNames.some((name) => (book.Sheets[name]?.['!data'] ?? []).some((row) => row?.some((cell) => cell !== undefined && cell.v !== undefined && cell.v !== '')));
  if (!hasCells) throw new ExchangeError('htmlDisguised');
  return book;
}
