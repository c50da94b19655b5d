import type { SearchDocument } from './document';
import { isEmptyQuery, MATCH_QUALITIES, matchTexts, searchQuery, type MatchQuality } from './match';
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

/**
 * Every searchable record, by kind. A kind's documents are replaced whole when its records
 * change (the worker re-reads that kind alone), so the index never mixes two states of a kind.
 */
export class SearchIndex {
  private readonly kinds = new Map<SearchKind, readonly Entry[]>();

  replaceKind(kind: SearchKind, documents: readonly SearchDocument[]): void {
    this.kinds.set(kind, documents.map((document) => ({ document, spellings: document.texts.map(spell) })));
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
    const groups: SearchGroup[] = [];
    for (const kind of SEARCH_KINDS) {
      if (!wanted.includes(kind)) continue;
      const hits: SearchHit[] = [];
      for (const entry of this.kinds.get(kind) ?? []) {
        const match = matchTexts(entry.spellings, query);
        if (match) hits.push({ document: entry.document, ...match });
      }
      if (hits.length === 0) continue;
      if (options.ranked !== false) hits.sort((a, b) => MATCH_QUALITIES.indexOf(a.quality) - MATCH_QUALITIES.indexOf(b.quality) || a.text - b.text || collator.compare(a.document.title, b.document.title));
      groups.push({ kind, hits: options.limit === undefined ? hits : hits.slice(0, options.limit), total: hits.length });
    }
    return groups;
  }
}
