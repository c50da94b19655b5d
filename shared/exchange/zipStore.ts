import type { InflatedEntry } from './zipInflate';

/**
 * Writes entries as a stored (uncompressed) zip: the form in which already-inflated parts are
 * handed to SheetJS. CRCs are left at zero because the bytes never leave this process and
 * SheetJS does not check them; never save this output as a file for people.
 */

const ASCII = /^[\x20-\x7e]*$/;
const encoder = new TextEncoder();

function nameBytes(name: string): { bytes: Uint8Array; utf8: boolean } {
  return { bytes: encoder.encode(name), utf8: !ASCII.test(name) };
}

export function storeZip(entries: readonly InflatedEntry[]): Uint8Array {
  const names = entries.map((e) => nameBytes(e.name));
  const localSize = entries.reduce((sum, e, i) => sum + 30 + (names[i]?.bytes.length ?? 0) + e.data.length, 0);
  const centralSize = names.reduce((sum, n) => sum + 46 + n.bytes.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  entries.forEach((entry, i) => {
    const name = names[i] ?? nameBytes(entry.name);
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, name.utf8 ? 0x0800 : 0, true);
    view.setUint16(at + 12, 0x21, true);
    view.setUint32(at + 18, entry.data.length, true);
    view.setUint32(at + 22, entry.data.length, true);
    view.setUint16(at + 26, name.bytes.length, true);
    out.set(name.bytes, at + 30);
    out.set(entry.data, at + 30 + name.bytes.length);
    at += 30 + name.bytes.length + entry.data.length;
  });
  const centralStart = at;
  entries.forEach((entry, i) => {
    const name = names[i] ?? nameBytes(entry.name);
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, name.utf8 ? 0x0800 : 0, true);
    view.setUint16(at + 14, 0x21, true);
    view.setUint32(at + 20, entry.data.length, true);
    view.setUint32(at + 24, entry.data.length, true);
    view.setUint16(at + 28, name.bytes.length, true);
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(name.bytes, at + 46);
    at += 46 + name.bytes.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
