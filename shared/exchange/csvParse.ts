/**
 * CSV (RFC 4180, as Excel and WPS write it) into rows of text. Every cell stays text here, so
 * "13800138000" or "0012" is never turned into a number on the way in; the field's own parser
 * decides later. The delimiter is found from the file (comma, tab or semicolon; an Excel
 * `sep=` first line wins).
 */

export interface ParsedCsv {
  readonly rows: string[][];
  readonly cutOff: { readonly rows: boolean; readonly columns: boolean };
}

const CANDIDATES = [',', '\t', ';'] as const;

function detectDelimiter(text: string): string {
  const lines = text.slice(0, 64 * 1024).split(/\r\n|\n|\r/).slice(0, 30).filter((l) => l.trim() !== '');
  let best: string = ',';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    // Quoted parts are dropped so a comma inside "1,203" does not vote.
    const counts = lines.map((line) => line.replace(/"[^"]*"/g, '').split(delimiter).length - 1);
    const used = counts.filter((c) => c > 0);
    if (used.length === 0) continue;
    const score = used.length * 1000 + Math.min(...used);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

export function parseCsv(input: string, limits: { maxRows: number; maxColumns: number }): ParsedCsv {
  let text = input;
  let delimiter: string | undefined;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
  }
  const delim = (delimiter ?? detectDelimiter(text)).charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let columnsCut = false;
  let rowsCut = false;
  const endField = (): void => {
    if (row.length < limits.maxColumns) row.push(field);
    else columnsCut = true;
    field = '';
  };
  const endRow = (): boolean => {
    endField();
    if (rows.length >= limits.maxRows) {
      rowsCut = true;
      return false;
    }
    rows.push(row);
    row = [];
    return true;
  };
  let i = 0;
  const n = text.length;
  let fieldStart = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (inQuotes) {
      if (code === 0x22) {
        if (text.charCodeAt(i + 1) === 0x22) {
          field += text.slice(fieldStart, i + 1);
          i += 2;
          fieldStart = i;
          continue;
        }
        field += text.slice(fieldStart, i);
        inQuotes = false;
        i++;
        fieldStart = i;
        continue;
      }
      i++;
      continue;
    }
    if (code === 0x22 && i === fieldStart && field === '') {
      inQuotes = true;
      i++;
      fieldStart = i;
      continue;
    }
    if (code === delim) {
      field += text.slice(fieldStart, i);
      endField();
      i++;
      fieldStart = i;
      continue;
    }
    if (code === 0x0a || code === 0x0d) {
      field += text.slice(fieldStart, i);
      if (!endRow()) break;
      i += code === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      fieldStart = i;
      continue;
    }
    i++;
  }
  if (!rowsCut) {
    field += text.slice(fieldStart, n);
    // A last line without a line break still counts; a file ending in a line break adds no row.
    if (field !== '' || row.length > 0 || inQuotes) endRow();
  }
  return { rows, cutOff: { rows: rowsCut, columns: columnsCut } };
}
