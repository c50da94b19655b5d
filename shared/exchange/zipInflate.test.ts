import { describe, expect, it } from 'vitest';
import { buildZip } from '../../tests/fixtures/exchange/zipBuild';
import { ExchangeError } from './errors';
import { DEFAULT_LIMITS } from './limits';
import { readZipDirectory } from './zipGuard';
import { inflateZip } from './zipInflate';
import { storeZip } from './zipStore';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (error instanceof ExchangeError) return error.code;
    throw error;
  }
}

describe('inflateZip', () => {
  it('inflates every entry to exactly its content', async () => {
    const content = '<sheetData>'.repeat(1000);
    const zip = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: text(content) }, { name: 'mimetype', data: text('m'), method: 0 }]);
    const inflated = await inflateZip(zip, readZipDirectory(zip, DEFAULT_LIMITS));
    expect(inflated?.map((e) => [e.name, new TextDecoder().decode(e.data)])).toEqual([
      ['xl/worksheets/sheet1.xml', content],
      ['mimetype', 'm'],
    ]);
  });

  it('stops an entry that inflates past its declared size (a forged directory)', async () => {
    const data = new Uint8Array(2 * 1024 * 1024).fill(65);
    const zip = buildZip([{ name: 'xl/worksheets/sheet1.xml', data, declaredSize: 1000 }]);
    expect(await codeOf(inflateZip(zip, readZipDirectory(zip, DEFAULT_LIMITS)))).toBe('zipBomb');
  });

  it('refuses an entry that inflates to less than it declared, or is not deflate data', async () => {
    const short = buildZip([{ name: 'a.xml', data: text('abc'.repeat(10)), declaredSize: 200 }]);
    expect(await codeOf(inflateZip(short, readZipDirectory(short, DEFAULT_LIMITS)))).toBe('zipDamaged');
    const garbage = buildZip([{ name: 'a.xml', data: text('abc'.repeat(10)) }]);
    const entry = readZipDirectory(garbage, DEFAULT_LIMITS)[0];
    garbage.fill(0xff, entry?.dataOffset, (entry?.dataOffset ?? 0) + (entry?.compressedSize ?? 0));
    expect(await codeOf(inflateZip(garbage, readZipDirectory(garbage, DEFAULT_LIMITS)))).toBe('zipDamaged');
  });
});

describe('storeZip', () => {
  it('writes a stored zip the guard reads back, names in UTF-8', async () => {
    const zip = storeZip([
      { name: 'xl/workbook.xml', data: text('<w/>') },
      { name: '图片/一.png', data: new Uint8Array([1, 2, 3]) },
    ]);
    const entries = readZipDirectory(zip, DEFAULT_LIMITS);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['xl/workbook.xml', 0, 4],
      ['图片/一.png', 0, 3],
    ]);
    const back = await inflateZip(zip, entries);
    expect(back?.[1]?.data).toEqual(new Uint8Array([1, 2, 3]));
  });
});
