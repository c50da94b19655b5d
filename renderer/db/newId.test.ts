import { describe, expect, it } from 'vitest';
import { newId } from './StreetLedgerDb';

describe('newId', () => {
  it('is 22 URL-safe characters, and does not repeat', () => {
    const ids = Array.from({ length: 10_000 }, newId);
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
