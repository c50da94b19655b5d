import { describe, expect, it } from 'vitest';
import { buildZip } from '../../tests/fixtures/exchange/zipBuild';
import { ExchangeError } from './errors';
import { DEFAULT_LIMITS } from './limits';
import { readZipDirectory } from './zipGuard';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ExchangeError) {
      const f = error.failure;
      return f.code === 'zipDamaged' || f.code === 'zipUnsupported' ? `${f.code}:${f.params.reason}` : f.code;
    }
    throw error;
  }
  return 'accepted';
};

describe('readZipDirectory', () => {
  it('lists entries with sizes and data offsets, inflating nothing', () => {
    const zip = buildZip([
      { name: 'xl/workbook.xml', data: text('<workbook/>') },
      { name: 'mimetype', data: text('hello'), method: 0 },
    ]);
    const entries = readZipDirectory(zip, DEFAULT_LIMITS);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['xl/workbook.xml', 8, 11],
      ['mimetype', 0, 5],
    ]);
    const stored = entries[1];
    expect(new TextDecoder().decode(zip.subarray(stored?.dataOffset, (stored?.dataOffset ?? 0) + 5))).toBe('hello');
  });

  it('refuses too many entries before reading them', () => {
    const parts = Array.from({ length: 12 }, (_, i) => ({ name: `f${i}`, data: text('x') }));
    expect(codeOf(() => readZipDirectory(buildZip(parts), { ...DEFAULT_LIMITS, maxZipEntries: 10 }))).toBe('zipBomb');
  });

  it('refuses an entry declaring more than the per-entry limit', () => {
    const zip = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: text('<a/>'), declaredSize: DEFAULT_LIMITS.maxEntryBytes + 1, localDeclaredSize: DEFAULT_LIMITS.maxEntryBytes + 1 }]);
    expect(codeOf(() => readZipDirectory(zip, DEFAULT_LIMITS))).toBe('zipBomb');
  });

  it('refuses entries that together declare more than the total limit', () => {
    const zip = buildZip([
      { name: 'a', data: new Uint8Array(600), method: 0 },
      { name: 'b', data: new Uint8Array(600), method: 0 },
    ]);
    expect(codeOf(() => readZipDirectory(zip, { ...DEFAULT_LIMITS, maxTotalBytes: 1000 }))).toBe('zipBomb');
  });

  it('refuses a compression ratio no spreadsheet has', () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    expect(codeOf(() => readZipDirectory(buildZip([{ name: 'x.xml', data: zeros }]), DEFAULT_LIMITS))).toBe('zipBomb');
  });

  it('refuses a file cut short (no end record), and one whose data runs past the directory', () => {
    const zip = buildZip([{ name: 'xl/workbook.xml', data: text('<workbook>'.repeat(100)) }]);
    expect(codeOf(() => readZipDirectory(zip.subarray(0, zip.length - 30), DEFAULT_LIMITS))).toBe('zipDamaged:truncated');
    expect(codeOf(() => readZipDirectory(zip.subarray(0, 10), DEFAULT_LIMITS))).toBe('zipDamaged:truncated');
  });

  it('refuses local and central sizes that disagree (a decompressor trusts the local one)', () => {
    const zip = buildZip([{ name: 'a.xml', data: text('<a/>'.repeat(50)), localDeclaredSize: 10 }]);
    expect(codeOf(() => readZipDirectory(zip, DEFAULT_LIMITS))).toBe('zipDamaged:sizeMismatch');
  });

  it('refuses encrypted entries and unknown compression methods', () => {
    expect(codeOf(() => readZipDirectory(buildZip([{ name: 'a', data: text('x'), encrypted: true }]), DEFAULT_LIMITS))).toBe('passwordProtected');
    expect(codeOf(() => readZipDirectory(buildZip([{ name: 'a', data: text('x'), methodCode: 12 }]), DEFAULT_LIMITS))).toBe('zipUnsupported:method12');
  });

  it('refuses a stored entry whose sizes differ', () => {
    const zip = buildZip([{ name: 'a', data: text('abc'), method: 0, declaredSize: 9, localDeclaredSize: 9 }]);
    expect(codeOf(() => readZipDirectory(zip, DEFAULT_LIMITS))).toBe('zipDamaged:storedSize');
  });

  it('refuses a directory pointing outside the file', () => {
    const zip = buildZip([{ name: 'a', data: text('abc') }]);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(zip.length - 6, 0x7fffffff, true);
    expect(codeOf(() => readZipDirectory(zip, DEFAULT_LIMITS))).toMatch(/^zipDamaged/);
  });
});
