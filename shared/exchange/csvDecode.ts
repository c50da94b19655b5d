import { ExchangeError } from './errors';

/**
 * The text of a CSV file, in the encoding its writer used. Excel and WPS on Chinese Windows
 * write "CSV" in GB18030 (GBK) without a BOM, Excel's "CSV UTF-8" writes a BOM, and
 * "Unicode text" is UTF-16 with a BOM. Without a BOM, text that is valid UTF-8 is UTF-8 (GBK
 * Chinese almost never is), and anything else must decode as GB18030 without a single error,
 * or the file is refused rather than shown as mojibake.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly bom: boolean;
}

function tryDecode(encoding: TextEncodingName, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function bomOf(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

// Control characters other than tab, line feed and carriage return do not occur in tables
// typed by people; NUL means binary data (or UTF-16 that lost its BOM).
function looksBinary(text: string): boolean {
  let controls = 0;
  const sample = Math.min(text.length, 64 * 1024);
  for (let i = 0; i < sample; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) controls++;
  }
  return controls > Math.max(2, sample / 200);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomOf(bytes);
  let decoded: DecodedText | undefined;
  if (bom) {
    const text = tryDecode(bom.encoding, bytes.subarray(bom.length));
    if (text !== undefined) decoded = { text, encoding: bom.encoding, bom: true };
  } else {
    const utf8 = tryDecode('utf-8', bytes);
    const text = utf8 ?? tryDecode('gb18030', bytes);
    if (text !== undefined) decoded = { text, encoding: utf8 !== undefined ? 'utf-8' : 'gb18030', bom: false };
  }
  if (!decoded) throw new ExchangeError('textNotDecodable');
  if (looksBinary(decoded.text)) throw new ExchangeError('binaryText');
  return decoded;
}
