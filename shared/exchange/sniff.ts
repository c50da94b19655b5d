import { looksLikeZip } from './zipGuard';

/**
 * What a file really is, from its first bytes rather than its name: offices rename files
 * freely, and a web page saved as "报表.xls" must be recognised as a web page.
 */
export type Container =
  | 'zip'
  | 'cfb'
  | 'html'
  | 'xml'
  | 'pdf'
  | 'image'
  | 'archive'
  | 'text';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The first characters of a text file, past any BOM and blank space, lower-cased. */
function textStart(bytes: Uint8Array): string {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x09 || bytes[at] === 0x0a || bytes[at] === 0x0d)) at++;
  let text = '';
  for (let i = at; i < Math.min(bytes.length, at + 512); i++) text += String.fromCharCode(bytes[i] ?? 0);
  return text.toLowerCase();
}

export function sniffContainer(bytes: Uint8Array): Container {
  if (looksLikeZip(bytes)) return 'zip';
  if (startsWith(bytes, CFB_MAGIC)) return 'cfb';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    startsWith(bytes, [0x42, 0x4d])
  ) {
    return 'image';
  }
  if (
    startsWith(bytes, [0x52, 0x61, 0x72, 0x21]) ||
    startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf]) ||
    startsWith(bytes, [0x1f, 0x8b])
  ) {
    return 'archive';
  }
  const start = textStart(bytes);
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /^<(\?xml[^>]*>\s*)?<html/.test(start) || start.includes('<table')) {
    return 'html';
  }
  if (start.startsWith('<?xml') || start.startsWith('<')) return start.includes('<html') ? 'html' : 'xml';
  return 'text';
}

/** Which kind of document a zip holds, from its part names (and an ODF mimetype). */
export type ZipKind = 'xlsx' | 'ods' | 'word' | 'other';

export function classifyZip(names: readonly string[], odfMimetype: string | undefined): ZipKind {
  const set = new Set(names.map((n) => n.replace(/^\/+/, '')));
  if (set.has('xl/workbook.xml') || set.has('xl/workbook.bin')) return 'xlsx';
  if (odfMimetype !== undefined) {
    if (odfMimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (odfMimetype.startsWith('application/vnd.oasis.opendocument.text')) return 'word';
    return 'other';
  }
  if (set.has('content.xml') && set.has('META-INF/manifest.xml')) return 'ods';
  if (set.has('word/document.xml')) return 'word';
  return 'other';
}
