import { describe, expect, it } from 'vitest';
import { CATALOGS, messagesFor } from './catalogs';
import { LOCALES } from './locale';

/** Keys of a catalog, recursively, so a string missing in one language is caught. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${path}:${typeof value}`];
  return Object.entries(value).flatMap(([key, inner]) => shape(inner, `${path}.${key}`)).sort();
}

describe('locale catalogs', () => {
  it.each(Object.keys(CATALOGS))('%s has the same keys in every language', (area) => {
    const catalog = CATALOGS[area as keyof typeof CATALOGS];
    const [first, ...rest] = LOCALES.map((locale) => shape(catalog[locale]));
    for (const other of rest) expect(other).toEqual(first);
  });
  it('serves each area in the chosen language', () => {
    expect(messagesFor('en').ui.nav.home).toBe('Home');
    expect(messagesFor('zh-CN').ui.nav.home).toBe('首页');
    expect(messagesFor('zh-CN').locale).toBe('zh-CN');
  });
});
