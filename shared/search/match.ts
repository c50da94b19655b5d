import { cleanText } from '../common/text';
import type { Spelling, SpellingUnit } from './spelling';

/** What a clerk typed, ready to match: folded like the texts; blanks left out of pinyin. */
export interface SearchQuery {
  /** Folded, inner blanks kept: characters are matched as typed (测试 小区 is not 测试小区). */
  readonly folded: string;
  /** Folded without blanks, for pinyin; '' when the query has no Latin letter (nothing to read as pinyin). */
  readonly letters: string;
}

export function searchQuery(text: string): SearchQuery {
  const folded = cleanText(text).toLowerCase();
  const compact = folded.replace(/\s+/g, '');
  return { folded, letters: /[a-z]/.test(compact) ? compact : '' };
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return query.folded === '';
}

/** How well a text answers: its start typed, its characters somewhere, or its pinyin. */
export const MATCH_QUALITIES = ['start', 'characters', 'pinyin'] as const;
export type MatchQuality = (typeof MATCH_QUALITIES)[number];

/**
 * Matches a query against one text. Characters first (the text holds the query as typed,
 * folded); then, if the query has letters, pinyin: from some character of the text on, each
 * character is consumed by itself (小), by its full reading (cui) or by the start of it (c, cu),
 * so full pinyin (cuihu), initials (chxq), a half-typed last syllable (cuih) and mixed input
 * (cuih小区) all find 翠湖小区.
 */
export function matchText(spelling: Spelling, query: SearchQuery): MatchQuality | null {
  if (query.folded === '') return 'start';
  const at = spelling.folded.indexOf(query.folded);
  if (at === 0) return 'start';
  if (at > 0) return 'characters';
  if (query.letters === '' || !isSubsequence(query.letters, spelling.chain)) return null;
  const { units } = spelling;
  const first = query.letters[0];
  const search = new Search(units, query.letters);
  for (let start = 0; start < units.length; start++) {
    const unit = units[start]!;
    if ((unit.char === first || unit.reading[0] === first) && search.consumes(start, 0)) return 'pinyin';
  }
  return null;
}

/** Whether `part`'s characters all appear in `whole`, in order (not necessarily together). */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const char of part) {
    at = whole.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}

/**
 * Whether units[u…] can consume query[q…] to its end, as matchText describes. Each (unit, query
 * position) that failed once is remembered, so a name of repeated readings (张张张…) against
 * initials cannot make the search explode.
 */
class Search {
  private failed: Set<number> | null = null;
  constructor(
    private readonly units: readonly SpellingUnit[],
    private readonly query: string,
  ) {}

  consumes(u: number, q: number): boolean {
    const { units, query } = this;
    if (q === query.length) return true;
    const unit = units[u];
    if (!unit) return false;
    if (query[q] === unit.char) return this.consumes(u + 1, q + 1);
    const reading = unit.reading;
    let common = 0;
    while (common < reading.length && q + common < query.length && query[q + common] === reading[common]) common++;
    if (common === 0) return false;
    if (q + common === query.length) return true;
    const key = u * (query.length + 1) + q;
    if (this.failed?.has(key)) return false;
    // The longest part of the reading first (cui before c): the usual way a name is typed.
    for (let take = common; take >= 1; take--) {
      if (this.consumes(u + 1, q + take)) return true;
    }
    (this.failed ??= new Set()).add(key);
    return false;
  }
}

/** The best quality among a record's texts, with which text gave it; null when none matches. */
export function matchTexts(spellings: readonly Spelling[], query: SearchQuery): { quality: MatchQuality; text: number } | null {
  let best: { quality: MatchQuality; text: number } | null = null;
  spellings.forEach((spelling, text) => {
    const quality = matchText(spelling, query);
    if (quality !== null && (best === null || MATCH_QUALITIES.indexOf(quality) < MATCH_QUALITIES.indexOf(best.quality))) best = { quality, text };
  });
  return best;
}
