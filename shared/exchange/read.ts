import * as XLSX from 'xlsx';
import type { DateSystem } from '../common/dates';
import { readCompoundWorkbook } from './compoundFile';
import { decodeText, type TextEncodingName } from './csvDecode';
import { gridFromCsvRows } from './csvGrid';
import { parseCsv } from './csvParse';
import { ExchangeError, isExchangeError } from './errors';
import { decodeHtml, readHtmlBook } from './htmlTables';
import type { Grid } from './grid';
import { DEFAULT_LIMITS, rowsToRead, type ExchangeLimits } from './limits';
import { gridFromSheet } from './sheetGrid';
import { classifyZip, sniffContainer } from './sniff';
import { readZipDirectory, type ZipEntry } from './zipGuard';
import { checkXlsxParts } from './xlsxIntegrity';
import { inflateZip } from './zipInflate';
import { storeZip } from './zipStore';

/**
 * Bytes in, sheets out: the one door every file comes through. It decides what the file is
 * from its content, refuses what is not a workbook (with an `ExchangeError` a person can read),
 * checks zip containers before anything is inflated, and bounds every sheet.
 */

export type WorkbookFormat = 'xlsx' | 'xls' | 'ods' | 'xml' | 'csv' | 'html';

export interface SheetSource {
  readonly name: string;
  readonly hidden: boolean;
  /** The sheet as a grid; with `maxRows`, only its top (enough to find a header). */
  grid(maxRows?: number): Grid;
}

export interface Workbook {
  readonly fileName: string;
  readonly format: WorkbookFormat;
  /** For CSV and HTML: the encoding the text was read in. */
  readonly encoding: TextEncodingName | null;
  readonly dateSystem: DateSystem;
  readonly sheets: readonly SheetSource[];
}

function readOptions(limits: ExchangeLimits): XLSX.ParsingOptions {
  return {
    type: 'array',
    dense: true,
    cellDates: false,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    cellNF: false,
    bookVBA: false,
    // One row past the limit, so a sheet that goes on is reported as cut off rather than
    // silently shortened.
    sheetRows: rowsToRead(limits) + 1,
  };
}

// SheetJS reports oddities of damaged files on the console ("Missing Info for XLS Record …");
// the person gets our one sentence instead, so those lines are held back while it parses.
type Log = (...args: unknown[]) => void;
interface HostConsole {
  error: Log;
  warn: Log;
  log: Log;
}

function quietly<T>(parse: () => T): T {
  // shared/ is typed without any platform; every platform it runs on has a console.
  const host = (globalThis as { console?: HostConsole }).console;
  if (!host) return parse();
  const saved: HostConsole = { error: host.error, warn: host.warn, log: host.log };
  const silent: Log = () => undefined;
  Object.assign(host, { error: silent, warn: silent, log: silent });
  try {
    return parse();
  } finally {
    Object.assign(host, saved);
  }
}

function parseWithSheetJs(bytes: Uint8Array, limits: ExchangeLimits, compound = false): XLSX.WorkBook {
  try {
    return quietly(() => (compound ? readCompoundWorkbook(bytes, readOptions(limits)) : XLSX.read(bytes, readOptions(limits))));
  } catch (error) {
    if (isExchangeError(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) throw new ExchangeError('passwordProtected');
    throw new ExchangeError('unreadable');
  }
}

function sheetsOf(book: XLSX.WorkBook, limits: ExchangeLimits): SheetSource[] {
  const meta = book.Workbook?.Sheets ?? [];
  return book.SheetNames.map((name, index) => {
    const sheet = book.Sheets[name];
    const hidden = (meta[index]?.Hidden ?? 0) !== 0;
    let full: Grid | undefined;
    return {
      name,
      hidden,
      grid(maxRows?: number): Grid {
        if (!sheet) return gridFromCsvRows(name, [], { rows: false, columns: false });
        if (maxRows !== undefined) return full ?? gridFromSheet(name, sheet, limits, { hidden, maxRows });
        full ??= gridFromSheet(name, sheet, limits, { hidden });
        return full;
      },
    };
  });
}

function odfMimetype(bytes: Uint8Array, entries: readonly ZipEntry[]): string | undefined {
  const entry = entries.find((e) => e.name === 'mimetype');
  if (!entry || entry.method !== 0 || entry.uncompressedSize > 200) return undefined;
  return new TextDecoder().decode(bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)).trim();
}

async function readZip(bytes: Uint8Array, limits: ExchangeLimits): Promise<{ book: XLSX.WorkBook; format: WorkbookFormat }> {
  const entries = readZipDirectory(bytes, limits);
  const kind = classifyZip(entries.map((e) => e.name), odfMimetype(bytes, entries));
  if (kind === 'word') throw new ExchangeError('wordDocument');
  if (kind === 'other') throw new ExchangeError('otherArchive');
  const inflated = await inflateZip(bytes, entries);
  if (inflated && kind === 'xlsx') checkXlsxParts(inflated);
  const book = parseWithSheetJs(inflated ? storeZip(inflated) : bytes, limits);
  return { book, format: kind };
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name) || 'Sheet1';
}

// Names of workbook formats: a file so named that holds plain text without a single column
// separator is a broken or mislabelled workbook, not a one-column table.
const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xls|et|ods)$/i;

function readCsv(bytes: Uint8Array, fileName: string, limits: ExchangeLimits): Workbook {
  const decoded = decodeText(bytes);
  const parsed = parseCsv(decoded.text, { maxRows: rowsToRead(limits), maxColumns: limits.maxColumns });
  if (WORKBOOK_EXTENSION.test(fileName) && parsed.rows.every((row) => row.length <= 1)) throw new ExchangeError('damagedWorkbook', { part: 'text' });
  const grid = gridFromCsvRows(baseName(fileName), parsed.rows, parsed.cutOff);
  return {
    fileName,
    format: 'csv',
    encoding: decoded.encoding,
    dateSystem: '1900',
    sheets: [{ name: grid.name, hidden: false, grid: () => grid }],
  };
}

const SPREADSHEET_XML = 'urn:schemas-microsoft-com:office:spreadsheet';

// A password-protected .xlsx is a compound file holding an "EncryptedPackage" stream; its
// directory names the stream in UTF-16, which is enough to know it without parsing further.
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]));

function isEncryptedPackage(bytes: Uint8Array): boolean {
  const first = ENCRYPTED_PACKAGE[0];
  for (let at = bytes.indexOf(first ?? 0); at >= 0 && at + ENCRYPTED_PACKAGE.length <= bytes.length; at = bytes.indexOf(first ?? 0, at + 1)) {
    if (ENCRYPTED_PACKAGE.every((b, i) => bytes[at + i] === b)) return true;
  }
  return false;
}

export async function readWorkbook(bytes: Uint8Array, fileName: string, limits: ExchangeLimits = DEFAULT_LIMITS): Promise<Workbook> {
  if (bytes.length === 0) throw new ExchangeError('emptyFile');
  if (bytes.length > limits.maxFileBytes) throw new ExchangeError('tooLarge', { bytes: bytes.length, max: limits.maxFileBytes });
  const container = sniffContainer(bytes);
  let book: XLSX.WorkBook;
  let format: WorkbookFormat;
  let encoding: TextEncodingName | null = null;
  switch (container) {
    case 'zip':
      ({ book, format } = await readZip(bytes, limits));
      break;
    case 'cfb':
      if (isEncryptedPackage(bytes)) throw new ExchangeError('passwordProtected');
      book = parseWithSheetJs(bytes, limits, true);
      format = 'xls';
      break;
    case 'xml': {
      const head = new TextDecoder().decode(bytes.subarray(0, 4096));
      if (!head.includes(SPREADSHEET_XML)) throw new ExchangeError('notAWorkbook');
      book = parseWithSheetJs(bytes, limits);
      format = 'xml';
      break;
    }
    case 'html': {
      const decoded = decodeHtml(bytes);
      book = readHtmlBook(decoded.text, readOptions(limits), quietly);
      format = 'html';
      encoding = decoded.encoding;
      break;
    }
    case 'pdf':
      throw new ExchangeError('pdfDocument');
    case 'archive':
      throw new ExchangeError('otherArchive');
    case 'image':
      throw new ExchangeError('notAWorkbook');
    case 'text':
      return readCsv(bytes, fileName, limits);
  }
  if (book.SheetNames.length === 0) throw new ExchangeError('emptyWorkbook');
  return {
    fileName,
    format,
    encoding,
    dateSystem: book.Workbook?.WBProps?.date1904 ? '1904' : '1900',
    sheets: sheetsOf(book, limits),
  };
}
