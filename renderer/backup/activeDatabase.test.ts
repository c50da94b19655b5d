import { describe, expect, it } from 'vitest';
import { DATABASE_NAME } from '../db/StreetLedgerDb';
import { ActiveDatabase, POINTER_KEY } from './activeDatabase';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v), values };
}

describe('ActiveDatabase', () => {
  it('is the installation’s first database until a restore moves it', () => {
    expect(new ActiveDatabase(memoryStorage()).name()).toBe(DATABASE_NAME);
    expect(new ActiveDatabase(memoryStorage({ [POINTER_KEY]: '{broken' })).name()).toBe(DATABASE_NAME);
  });

  it('moves only after the restore, and a later start deletes the replaced database', async () => {
    const storage = memoryStorage();
    const pointer = new ActiveDatabase(storage);
    const fresh = pointer.beginRestore(1);
    expect(pointer.name()).toBe(DATABASE_NAME);
    pointer.switchTo(fresh);
    expect(pointer.name()).toBe(fresh);
    const deleted: string[] = [];
    await new ActiveDatabase(storage).sweep(async (name) => void deleted.push(name));
    expect(deleted).toEqual([DATABASE_NAME]);
    expect(pointer.read()).toEqual({ active: fresh, pending: null, retired: [] });
  });

  it('deletes a restore that died before the switch, keeping the old database', async () => {
    const storage = memoryStorage();
    const fresh = new ActiveDatabase(storage).beginRestore(2);
    const deleted: string[] = [];
    const next = new ActiveDatabase(storage);
    await next.sweep(async (name) => void deleted.push(name));
    expect(deleted).toEqual([fresh]);
    expect(next.name()).toBe(DATABASE_NAME);
  });

  it('never deletes the active database and retries what could not be deleted', async () => {
    const storage = memoryStorage({ [POINTER_KEY]: JSON.stringify({ active: 'a', pending: 'a', retired: ['a', 'b'] }) });
    const pointer = new ActiveDatabase(storage);
    await pointer.sweep(async () => {
      throw new Error('blocked');
    });
    expect(pointer.read()).toEqual({ active: 'a', pending: null, retired: ['b'] });
  });

  it('refuses to switch to a database that is not the restore in progress', () => {
    const pointer = new ActiveDatabase(memoryStorage());
    expect(() => pointer.switchTo('something-else')).toThrow();
    expect(pointer.name()).toBe(DATABASE_NAME);
  });
});
