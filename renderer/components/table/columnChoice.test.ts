import { describe, expect, it } from 'vitest';
import { readColumnChoice, storageKeyOf, writeColumnChoice } from './columnChoice';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

const ALL = ['name', 'community', 'address', 'pilot'];
const DEFAULTS = ['name', 'community'];

describe('the remembered column choice', () => {
  it('starts from the defaults', () => {
    expect(readColumnChoice(memoryStorage(), 'estates', ALL, DEFAULTS)).toEqual(DEFAULTS);
  });

  it('reads back what was chosen, in the table order', () => {
    const storage = memoryStorage();
    writeColumnChoice(storage, 'estates', ['pilot', 'name']);
    expect(readColumnChoice(storage, 'estates', ALL, DEFAULTS)).toEqual(['name', 'pilot']);
    expect(readColumnChoice(storage, 'notices', ALL, DEFAULTS)).toEqual(DEFAULTS);
  });

  it('drops columns that no longer exist and survives garbage', () => {
    expect(readColumnChoice(memoryStorage({ [storageKeyOf('estates')]: '["gone","address"]' }), 'estates', ALL, DEFAULTS)).toEqual(['address']);
    expect(readColumnChoice(memoryStorage({ [storageKeyOf('estates')]: '["gone"]' }), 'estates', ALL, DEFAULTS)).toEqual(DEFAULTS);
    expect(readColumnChoice(memoryStorage({ [storageKeyOf('estates')]: '{not json' }), 'estates', ALL, DEFAULTS)).toEqual(DEFAULTS);
  });
});
