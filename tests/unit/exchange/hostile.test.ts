import { describe, expect, it } from 'vitest';
import { isExchangeError } from '../../../shared/exchange/errors';
import { formatExchangeError } from '../../../shared/exchange/format';
import { analyseInventory } from '../../../shared/exchange/testing/analyseInventory';
import { HOSTILE_FILES } from '../../fixtures/exchange/hostile';

// Generous for a shared 2-core machine; a hang would blow far past it.
const MAX_MS_PER_FILE = 15_000;

async function outcome(bytes: Uint8Array, name: string): Promise<{ code: string; message: string | null }> {
  try {
    await analyseInventory(bytes, name, { existingCommunities: 'any' });
    return { code: 'ok', message: null };
  } catch (error) {
    if (isExchangeError(error)) return { code: error.code, message: formatExchangeError(error) };
    // Anything else is a crash: report it with its message so the test says what broke.
    return { code: `crash: ${error instanceof Error ? error.message : String(error)}`, message: null };
  }
}

describe('broken and hostile files', () => {
  it('has at least 30 that must be refused', () => {
    expect(HOSTILE_FILES.filter((f) => f.expect !== 'ok').length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE_FILES.map((f) => [f.name, f] as const))(
    '%s: no crash, no hang, one clear Chinese sentence',
    async (name, file) => {
      const bytes = file.make();
      const started = performance.now();
      const result = await outcome(bytes, name);
      const elapsed = performance.now() - started;
      expect(result.code).toBe(file.expect);
      expect(elapsed).toBeLessThan(MAX_MS_PER_FILE);
      if (file.expect !== 'ok') {
        expect(result.message).toMatch(/[\u4e00-\u9fff]/);
        expect(result.message).not.toMatch(/\n|Error|undefined|\bat\s/);
      }
    },
    30_000,
  );
});
