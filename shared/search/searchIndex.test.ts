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
