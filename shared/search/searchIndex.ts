import type { SearchDocument } from './document';
import { isEmptyQuery, MATCH_QUALITIES, matchTexts, searchQuery, type MatchQuality, type SearchQuery } from './match';
import { SEARCH_KINDS, type SearchKind } from './searchKinds';
import { spell, type Spelling } from './spelling';

/** A document with its texts spelled once, when it is indexed, never per keystroke. */
interface Entry {
  readonly document: SearchDocument;
  readonly spellings: readonly Spelling[];
}

export interface SearchHit {
  readonly document: SearchDocument;
  readonly quality: MatchQuality;
  /** Which of the document's texts answered (0 is its name; higher ones a former name, alias …). */
  readonly text: number;
}

export interface SearchGroup {
  readonly kind: SearchKind;
  readonly hits: readonly SearchHit[];
  /** How many matched in all, of which `hits` are the best. */
  readonly total: number;
}

export interface SearchOptions {
  /** Only these kinds; every kind when absent. */
  readonly kinds?: readonly SearchKind[];
  /** Hits kept per group; every hit when absent. */
  readonly limit?: number;
  /** False when only which records match matters (a table's filter keeps its own order). */
  readonly ranked?: boolean;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

const byRank = (a: SearchHit, b: SearchHit) =>
  MATCH_QUALITIES.indexOf(a.quality) - MATCH_QUALITIES.indexOf(b.quality) || a.text - b.text || collator.compare(a.document.title, b.document.title);

/** The `limit` best of `hits` in rank order, without sorting them all (the box shows six of thousands). */
function best(hits: readonly SearchHit[], limit: number): SearchHit[] {
  const kept: SearchHit[] = [];
  for (const hit of hits) {
    if (kept.length === limit && byRank(hit, kept[limit - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && byRank(hit, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, hit);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/** The queries answered last, with the entries each matched per kind: where the next keystroke narrows from. */
interface Answered {
  readonly query: SearchQuery;
  readonly matched: Map<SearchKind, readonly Entry[]>;
}

const REMEMBERED = 4;

/**
 * Whether every text `next` matches is one `previous` matched too, so `next` need only look among
 * `previous`'s matches: a query typed one letter further. It holds when `previous` has letters
 * (it was tried as pinyin too) and `next` continues both its characters and its letters: a text
 * holding `next` holds `previous`, and pinyin consuming `next` consumed `previous` on the way.
 */
function narrows(previous: SearchQuery, next: SearchQuery): boolean {
  return previous.letters !== '' && next.folded.startsWith(previous.folded) && next.letters.startsWith(previous.letters);
}

/**
 * Every searchable record, by kind. A kind's documents are replaced whole when its records
 * change (the worker re-reads that kind alone), so the index never mixes two states of a kind.
 */
export class SearchIndex {
  private readonly kinds = new Map<SearchKind, readonly Entry[]>();
  private answered: Answered[] = [];

  replaceKind(kind: SearchKind, documents: readonly SearchDocument[]): void {
    this.kinds.set(kind, documents.map((document) => ({ document, spellings: document.texts.map(spell) })));
    // What the remembered queries matched of this kind is of its old records.
    for (const answer of this.answered) answer.matched.delete(kind);
  }

  /** Whether the kind was indexed at all (an empty street is indexed too, with nothing in it). */
  has(kind: SearchKind): boolean {
    return this.kinds.has(kind);
  }

  size(kind: SearchKind): number {
    return this.kinds.get(kind)?.length ?? 0;
  }

  /** Groups in SEARCH_KINDS order, best hits first (start, characters, pinyin; then by name); empty groups left out. */
  search(text: string, options: SearchOptions = {}): SearchGroup[] {
    const query = searchQuery(text);
    if (isEmptyQuery(query)) return [];
    const wanted = options.kinds ?? SEARCH_KINDS;
    const answer = this.remember(query);
    const groups: SearchGroup[] = [];
    for (const kind of SEARCH_KINDS) {
      if (!wanted.includes(kind)) continue;
      const matched: Entry[] = [];
      const hits: SearchHit[] = [];
      for (const entry of this.candidates(kind, query)) {
        const match = matchTexts(entry.spellings, query);
        if (!match) continue;
        matched.push(entry);
        hits.push({ document: entry.document, ...match });
      }
      answer.matched.set(kind, matched);
      if (hits.length === 0) continue;
      const ranked = options.ranked === false ? hits : options.limit === undefined ? hits.sort(byRank) : best(hits, options.limit);
      groups.push({ kind, hits: options.limit === undefined ? ranked : ranked.slice(0, options.limit), total: hits.length });
    }
    return groups;
  }

  /** The entries of `kind` that may match `query`: a remembered query's matches it narrows, or all. */
  private candidates(kind: SearchKind, query: SearchQuery): readonly Entry[] {
    let from: readonly Entry[] | undefined;
    for (const { query: previous, matched } of this.answered) {
      const entries = matched.get(kind);
      if (entries && previous !== query && narrows(previous, query) && (from === undefined || entries.length < from.length)) from = entries;
    }
    return from ?? this.kinds.get(kind) ?? [];
  }

  private remember(query: SearchQuery): Answered {
    const answer: Answered = { query, matched: new Map() };
    this.answered = [answer, ...this.answered.filter((a) => a.query.folded !== query.folded)].slice(0, REMEMBERED + 1);
    return answer;
  }
}
