import { ExchangeError } from './errors';
import type { ExchangeLimits } from './limits';

/**
 * Reads a zip's central directory (the index at its end) without inflating anything, and
 * refuses the file before any decompressor runs if what it declares is too much: too many
 * entries, entries too large, or compressed too well to be a spreadsheet (a zip bomb). Sizes
 * that contradict each other (local header against central directory, data running past the
 * end of the file) mean a damaged or forged file and are refused too.
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: 0 | 8;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the entry's data (after its local header) in the file. */
  readonly dataOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;

function damaged(reason: string): ExchangeError {
  return new ExchangeError('zipDamaged', { reason });
}

class Reader {
  constructor(private readonly bytes: Uint8Array) {}

  get length(): number {
    return this.bytes.length;
  }

  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) throw damaged('outOfBounds');
    return (this.bytes[at] ?? 0) | ((this.bytes[at + 1] ?? 0) << 8);
  }

  u32(at: number): number {
    return (this.u16(at) + this.u16(at + 2) * 0x10000) >>> 0;
  }

  /** 64-bit sizes as a JS number; anything past 2^53 is far beyond our limits anyway. */
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 0x1_0000_0000;
  }

  slice(start: number, end: number): Uint8Array {
    if (start < 0 || end > this.bytes.length || start > end) throw damaged('outOfBounds');
    return this.bytes.subarray(start, end);
  }
}

/** True when the bytes start like a zip local file header (or an empty zip's end record). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

function findEndRecord(r: Reader): number {
  const lowest = Math.max(0, r.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = r.length - EOCD_SIZE; at >= lowest; at--) {
    if (r.u32(at) === SIG_EOCD && at + EOCD_SIZE + r.u16(at + 20) <= r.length) return at;
  }
  // No end record: the file was cut short (an interrupted download or copy).
  throw damaged('truncated');
}

interface Directory {
  readonly count: number;
  readonly offset: number;
  readonly size: number;
  /** Where the central directory must end: the start of the (zip64) end records. */
  readonly limit: number;
}

function readDirectory(r: Reader, eocd: number): Directory {
  if (r.u16(eocd + 4) !== 0 || r.u16(eocd + 6) !== 0) throw new ExchangeError('zipUnsupported', { reason: 'multiDisk' });
  let count = r.u16(eocd + 10);
  let size = r.u32(eocd + 12);
  let offset = r.u32(eocd + 16);
  let limit = eocd;
  if (count === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const locator = eocd - 20;
    if (locator < 0 || r.u32(locator) !== SIG_EOCD64_LOCATOR) throw damaged('zip64Locator');
    const at = r.u64(locator + 8);
    if (at + 56 > locator || r.u32(at) !== SIG_EOCD64) throw damaged('zip64End');
    count = r.u64(at + 32);
    size = r.u64(at + 40);
    offset = r.u64(at + 48);
    limit = at;
  }
  if (offset + size > limit) throw damaged('truncated');
  return { count, offset, size, limit };
}

interface Zip64Sizes {
  uncompressed: number;
  compressed: number;
  localOffset: number;
}

function applyZip64Extra(r: Reader, start: number, length: number, sizes: Zip64Sizes): void {
  let at = start;
  const end = start + length;
  while (at + 4 <= end) {
    const id = r.u16(at);
    const fieldSize = r.u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const fieldEnd = field + fieldSize;
      const take = (): number => {
        if (field + 8 > fieldEnd) throw damaged('zip64Extra');
        const value = r.u64(field);
        field += 8;
        return value;
      };
      if (sizes.uncompressed === U32_MAX) sizes.uncompressed = take();
      if (sizes.compressed === U32_MAX) sizes.compressed = take();
      if (sizes.localOffset === U32_MAX) sizes.localOffset = take();
      return;
    }
    at += 4 + fieldSize;
  }
}

const utf8 = new TextDecoder('utf-8');

function entryName(raw: Uint8Array, flags: number): string {
  if (flags & FLAG_UTF8) return utf8.decode(raw);
  // Legacy names are CP437; the parts of a workbook are always ASCII, so latin-1 is enough
  // to recognise them.
  let name = '';
  for (const byte of raw) name += String.fromCharCode(byte);
  return name;
}

function checkEntrySize(entry: ZipEntry, limits: ExchangeLimits): void {
  const { uncompressedSize: usz, compressedSize: csz } = entry;
  if (usz > limits.maxEntryBytes) {
    throw new ExchangeError('zipBomb', { entry: entry.name, bytes: usz, max: limits.maxEntryBytes });
  }
  if (entry.method === 0 && usz !== csz) throw damaged('storedSize');
  if (usz > limits.ratioFloorBytes && usz / Math.max(csz, 1) > limits.maxCompressionRatio) {
    throw new ExchangeError('zipBomb', { entry: entry.name, ratio: Math.round(usz / Math.max(csz, 1)), max: limits.maxCompressionRatio });
  }
}

/** The entries of a zip, checked against the limits; throws `ExchangeError` otherwise. */
export function readZipDirectory(bytes: Uint8Array, limits: ExchangeLimits): ZipEntry[] {
  const r = new Reader(bytes);
  if (r.length < EOCD_SIZE) throw damaged('truncated');
  const dir = readDirectory(r, findEndRecord(r));
  if (dir.count > limits.maxZipEntries) {
    throw new ExchangeError('zipBomb', { entries: dir.count, max: limits.maxZipEntries });
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (at + CENTRAL_SIZE > dir.offset + dir.size || r.u32(at) !== SIG_CENTRAL) throw damaged('centralDirectory');
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const sizes: Zip64Sizes = { compressed: r.u32(at + 20), uncompressed: r.u32(at + 24), localOffset: r.u32(at + 42) };
    const name = entryName(r.slice(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength), flags);
    applyZip64Extra(r, at + CENTRAL_SIZE + nameLength, extraLength, sizes);
    at += CENTRAL_SIZE + nameLength + extraLength + commentLength;

    if (flags & FLAG_ENCRYPTED) throw new ExchangeError('passwordProtected');
    if (method !== 0 && method !== 8) throw new ExchangeError('zipUnsupported', { reason: `method${method}` });
    const dataOffset = checkLocalHeader(r, sizes, dir.offset);
    const entry: ZipEntry = { name, method, compressedSize: sizes.compressed, uncompressedSize: sizes.uncompressed, dataOffset };
    checkEntrySize(entry, limits);
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) throw new ExchangeError('zipBomb', { bytes: total, max: limits.maxTotalBytes });
    entries.push(entry);
  }
  return entries;
}

/** The local header must exist, agree with the directory, and its data must fit in the file. */
function checkLocalHeader(r: Reader, sizes: Zip64Sizes, directoryStart: number): number {
  const at = sizes.localOffset;
  if (at + LOCAL_SIZE > directoryStart || r.u32(at) !== SIG_LOCAL) throw damaged('localHeader');
  const flags = r.u16(at + 6);
  const dataOffset = at + LOCAL_SIZE + r.u16(at + 26) + r.u16(at + 28);
  if (dataOffset + sizes.compressed > directoryStart) throw damaged('truncated');
  // A streamed entry writes its sizes after the data (zeros in the local header); otherwise the
  // local sizes are what a decompressor trusts, so they must say the same as the directory.
  const localCompressed = r.u32(at + 18);
  const localUncompressed = r.u32(at + 22);
  const streamed = (flags & FLAG_DATA_DESCRIPTOR) !== 0 && localCompressed === 0 && localUncompressed === 0;
  const zip64 = localCompressed === U32_MAX || localUncompressed === U32_MAX;
  if (!streamed && !zip64 && (localCompressed !== sizes.compressed || localUncompressed !== sizes.uncompressed)) {
    throw damaged('sizeMismatch');
  }
  return dataOffset;
}
