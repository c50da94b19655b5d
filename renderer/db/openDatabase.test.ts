import { describe, expect, it, vi } from 'vitest';
import { openDatabase, type PersistentStorage } from './openDatabase';
import { StreetLedgerDb } from './StreetLedgerDb';
import { CURRENT_VERSION } from './schema';
import { isolatedIndexedDb } from './testing/testDb';

async function open(storage: PersistentStorage | null) {
  const opened = await openDatabase({ dexieOptions: isolatedIndexedDb(), storage });
  opened.db.close();
  return opened;
}

describe('openDatabase', () => {
  it('opens the current schema and reports persistence granted', async () => {
    const storage = { persist: vi.fn(async () => true), persisted: vi.fn(async () => false) };
    const { db, persisted } = await openDatabase({ dexieOptions: isolatedIndexedDb(), storage });
    expect(db).toBeInstanceOf(StreetLedgerDb);
    expect(db.isOpen()).toBe(true);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(persisted).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    db.close();
  });

  it('reports a refusal', async () => {
    expect((await open({ persist: async () => false })).persisted).toBe(false);
  });

  it('does not ask again when the data is already persisted', async () => {
    const storage = { persist: vi.fn(async () => true), persisted: async () => true };
    expect((await open(storage)).persisted).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('still opens when the platform has no storage manager, or it throws', async () => {
    expect((await open(null)).persisted).toBe(false);
    expect((await open({ persist: () => Promise.reject(new Error('not allowed')) })).persisted).toBe(false);
  });

  it('uses navigator.storage by default and survives its absence', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    try {
      const { db, persisted } = await openDatabase({ dexieOptions: isolatedIndexedDb() });
      db.close();
      expect(persisted).toBe(true);
      expect(persist).toHaveBeenCalledTimes(1);
      vi.stubGlobal('navigator', {});
      const without = await openDatabase({ dexieOptions: isolatedIndexedDb() });
      without.db.close();
      expect(without.persisted).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
