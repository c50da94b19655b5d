import * as XLSX from 'xlsx';

/**
 * Reads a legacy .xls (a compound file holding a BIFF "Workbook" stream) without the parts we
 * never use: the document property streams (title, author …). SheetJS parses those
 * unconditionally, and a few damaged bytes in one make it allocate until the process dies
 * (found by fuzzing); dropping them first removes that door.
 */

interface CompoundEntry {
  readonly name: string;
}
interface CompoundFile {
  readonly FullPaths: string[];
  readonly FileIndex: CompoundEntry[];
}
// SheetJS types its compound-file library and `parse_xlscfb` as `any`; this is what is used.
interface CompoundLibrary {
  read(data: Uint8Array, options: { type: 'array' }): CompoundFile;
  utils: { cfb_del(file: CompoundFile, name: string): boolean };
}
const library = XLSX.CFB as CompoundLibrary;
const parseCompound = (XLSX as unknown as { parse_xlscfb(file: CompoundFile, options: XLSX.ParsingOptions): XLSX.WorkBook }).parse_xlscfb;

// "\u0005SummaryInformation" and "\u0005DocumentSummaryInformation".
const isPropertyStream = (name: string): boolean => name.charCodeAt(0) === 5 && /^(Document)?SummaryInformation$/.test(name.slice(1));

export function readCompoundWorkbook(bytes: Uint8Array, options: XLSX.ParsingOptions): XLSX.WorkBook {
  const file = library.read(bytes, { type: 'array' });
  const unwanted = file.FileIndex.map((e) => e.name).filter(isPropertyStream);
  for (const name of unwanted) library.utils.cfb_del(file, name);
  return parseCompound(file, options);
}
