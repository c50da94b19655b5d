import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from './document';
import { SearchIndex } from './searchIndex';

const estate = (id: string, title: string, ...more: string[]): SearchDocument => ({ kind: 'estate', id, opens: { estate: id }, title, detail: '', texts: [title, ...more] });

describe('the search index', () => {
  const index = new SearchIndex();
  index.replaceKind('estate', [estate('1', '翠湖小区', '湖景物业'), estate('2', '重庆路小区', '', '老粮站宿舍'), estate('3', '翠湖新村')]);
  index.replaceKind('community', [{ kind: 'community', id: 'c', opens: { community: 'c' }, title: '翠湖社区', detail: '', texts: ['翠湖社区'] }]);

  it('groups hits by kind in the kinds order, best first', () => {
    const groups = index.search('cuihu');
    expect(groups.map((g) => g.kind)).toEqual(['estate', 'community']);
    expect(groups[0]!.hits.map((h) => h.document.id)).toEqual(['1', '3']);
  });

  it('ranks a name typed from its start above one matched inside or by pinyin', () => {
    const hits = index.search('翠湖').at(0)!.hits;
    expect(hits.map((h) => h.quality)).toEqual(['start', 'start']);
    expect(index.search('小区', { kinds: ['estate'] })[0]!.hits.map((h) => h.quality)).toEqual(['characters', 'characters']);
  });

  it('finds a record by a former name and says which text matched', () => {
    const hit = index.search('llzss')[0]!.hits[0]!;
    expect(hit.document.id).toBe('2');
    expect(hit.text).toBe(2);
  });

  it('limits each group but says how many matched', () => {
    const [group] = index.search('xq', { kinds: ['estate'], limit: 1 });
    expect(group!.hits).toHaveLength(1);
    expect(group!.total).toBe(2);
  });

  it('replaces a kind whole when its records change', () => {
    const changing = new SearchIndex();
    changing.replaceKind('estate', [estate('1', '翠湖小区')]);
    changing.replaceKind('estate', [estate('1', '长春花园')]);
    expect(changing.search('cuihu')).toEqual([]);
    expect(changing.search('cchy')[0]!.hits[0]!.document.title).toBe('长春花园');
  });

  it('answers nothing to a blank query', () => {
    expect(index.search('   ')).toEqual([]);
  });
});

describe('narrowing from the last keystrokes', () => {
  const PIECES = ['翠', '湖', '长', '春', '重', '庆', '银', '行', '小', '区', '花', '园', 'a', '1', ' '];
  const LETTERS = ['c', 'h', 'x', 'q', 'u', 'i', 'o', 'n', 'g', 'a', 'y', '小', '区', ' ', '1'];
  const texts = fc.array(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((p) => p.join('')), { minLength: 1, maxLength: 3 });

  it('answers every query of a typing session exactly as a fresh index does', () => {
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 25 }), fc.array(fc.array(fc.constantFrom(...LETTERS), { maxLength: 8 }), { minLength: 1, maxLength: 4 }), (records, sessions) => {
        const documents = records.map((t, i) => estate(String(i), t[0]!, ...t.slice(1)));
        const typing = new SearchIndex();
        typing.replaceKind('estate', documents);
        for (const session of sessions) {
          // Typed letter by letter, then deleted back, as a clerk does.
          const steps = [...session.keys(), ...[...session.keys()].reverse()].map((n) => session.slice(0, n + 1).join(''));
          for (const text of steps) {
            const fresh = new SearchIndex();
            fresh.replaceKind('estate', documents);
            expect(typing.search(text, { limit: 3 })).toEqual(fresh.search(text, { limit: 3 }));
            expect(typing.search(text, { ranked: false })).toEqual(fresh.search(text, { ranked: false }));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never narrows from characters alone: 小区 misses 小 区翠, which 小区c finds by pinyin', () => {
    const spaced = new SearchIndex();
    spaced.replaceKind('estate', [estate('1', '小 区翠')]);
    expect(spaced.search('小区')).toEqual([]);
    expect(spaced.search('小区c')[0]!.total).toBe(1);
  });

  it('forgets what it matched of a kind whose records were replaced', () => {
    const changing = new SearchIndex();
    changing.replaceKind('estate', [estate('1', '翠湖小区')]);
    expect(changing.search('cu')[0]!.total).toBe(1);
    changing.replaceKind('estate', [estate('1', '翠湖小区'), estate('2', '翠湖新村')]);
    expect(changing.search('cui')[0]!.total).toBe(2);
  });
});
