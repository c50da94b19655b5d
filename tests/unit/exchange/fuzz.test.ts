import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isExchangeError } from '../../../shared/exchange/errors';
import { DEFAULT_LIMITS } from '../../../shared/exchange/limits';
import { analyseInventory } from '../../../shared/exchange/testing/analyseInventory';
import { readZipDirectory } from '../../../shared/exchange/zipGuard';
import { inflateZip } from '../../../shared/exchange/zipInflate';
import { storeZip } from '../../../shared/exchange/zipStore';
import { MESSY_WORKBOOK, xlsxBytes } from '../../fixtures/exchange/workbooks';

/**
 * Damaged copies of good workbooks (a few bytes changed at random, from a fixed seed): each
 * must be imported or refused with an ExchangeError, never crash and never run long. Larger
 * runs of this (thousands of files) found the damaged .xls property stream below.
 */

const FILES = path.join(__dirname, '../../fixtures/exchange/files');
const CASES_PER_FILE = 40;
const MAX_MS = 15_000;

function mutate(base: Uint8Array, seed: number): Uint8Array {
  let x = seed;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const out = base.slice();
  const flips = 1 + Math.floor(next() * 20);
  for (let i = 0; i < flips; i++) {
    const at = Math.floor(next() * out.length);
    out[at] = next() < 0.5 ? Math.floor(next() * 256) : ([0x3c, 0x3e, 0x22, 0x30, 0x39, 0xff, 0x00][Math.floor(next() * 7)] ?? 0);
  }
  return out;
}

async function outcome(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await analyseInventory(bytes, name, { existingCommunities: 'any' });
    return 'ok';
  } catch (error) {
    return isExchangeError(error) ? error.code : `crash: ${String(error)}`;
  }
}

async function bases(): Promise<[string, Uint8Array][]> {
  const xlsx = xlsxBytes(MESSY_WORKBOOK);
  // The same workbook uncompressed, so damage lands in the XML rather than in deflate data.
  const stored = storeZip((await inflateZip(xlsx, readZipDirectory(xlsx, DEFAULT_LIMITS))) ?? []);
  return [
    ['messy.xlsx', xlsx],
    ['stored.xlsx', stored],
    ['messy.xls', new Uint8Array(readFileSync(path.join(FILES, 'messy.xls')))],
    ['messy.ods', new Uint8Array(readFileSync(path.join(FILES, 'messy.ods')))],
  ];
}

describe('damaged workbooks', () => {
  it('imports or refuses every one, never crashing, each in bounded time', async () => {
    const seen = new Map<string, number>();
    for (const [name, base] of await bases()) {
      for (let i = 0; i < CASES_PER_FILE; i++) {
        const started = performance.now();
        const result = await outcome(mutate(base, 7919 * (i + 1)), name);
        expect(performance.now() - started, `${name} #${i}`).toBeLessThan(MAX_MS);
        expect(result, `${name} #${i}`).not.toMatch(/^crash/);
        seen.set(result, (seen.get(result) ?? 0) + 1);
      }
    }
    // The damage is real: some copies still import, many are refused.
    expect(seen.get('ok') ?? 0).toBeGreaterThan(0);
    expect([...seen.keys()].length).toBeGreaterThan(2);
  }, 300_000);

  it('reads an .xls whose document-properties stream is damaged (it used to exhaust memory)', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FILES, 'damaged-property-stream.xls')));
    expect(await outcome(bytes, 'damaged-property-stream.xls')).toBe('ok');
  });
});
