import { ExchangeError } from './errors';
import type { ZipEntry } from './zipGuard';

/**
 * Inflates zip entries with the platform's native decompressor (`DecompressionStream`, in
 * browsers, workers and Node alike), stopping the moment an entry produces more than it
 * declared: a forged directory cannot make us inflate more than the limits already allowed.
 * The result is handed to SheetJS as a stored (uncompressed) zip, so SheetJS never runs its
 * own unbounded inflater on a hostile file (and the native one is faster too).
 */

interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
interface Decompressor {
  readonly readable: { getReader(): ByteReader };
  readonly writable: { getWriter(): ByteWriter };
}
type DecompressorConstructor = new (format: 'deflate-raw') => Decompressor;

function nativeDecompressor(): DecompressorConstructor | undefined {
  return (globalThis as { DecompressionStream?: DecompressorConstructor }).DecompressionStream;
}

// Small input chunks keep the decompressor's output burst (at most ~1032 times the input) small
// before we get to count it.
const INPUT_CHUNK = 16 * 1024;

async function feed(writer: ByteWriter, data: Uint8Array): Promise<void> {
  for (let at = 0; at < data.length; at += INPUT_CHUNK) {
    await writer.write(data.subarray(at, Math.min(at + INPUT_CHUNK, data.length)));
  }
  await writer.close();
}

async function inflateEntry(Ctor: DecompressorConstructor, entry: ZipEntry, compressed: Uint8Array): Promise<Uint8Array> {
  const stream = new Ctor('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feeding = feed(writer, compressed);
  // A failure on the writing side is seen again on the reading side; this only keeps it from
  // being reported as unhandled.
  feeding.catch(() => undefined);
  const out = new Uint8Array(entry.uncompressedSize);
  let written = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!value) continue;
      if (written + value.length > out.length) {
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
        throw new ExchangeError('zipBomb', { entry: entry.name, bytes: entry.uncompressedSize });
      }
      out.set(value, written);
      written += value.length;
    }
    await feeding;
  } catch (error) {
    if (error instanceof ExchangeError) throw error;
    throw new ExchangeError('zipDamaged', { reason: 'inflate', entry: entry.name });
  }
  if (written !== out.length) throw new ExchangeError('zipDamaged', { reason: 'shortEntry', entry: entry.name });
  return out;
}

export interface InflatedEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

/** Every entry's content, bounded by its declared size; `undefined` when no native inflater exists. */
export async function inflateZip(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<InflatedEntry[] | undefined> {
  const Ctor = nativeDecompressor();
  if (!Ctor) return undefined;
  const out: InflatedEntry[] = [];
  for (const entry of entries) {
    const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const data = entry.method === 0 ? raw : await inflateEntry(Ctor, entry, raw);
    out.push({ name: entry.name, data });
  }
  return out;
}
