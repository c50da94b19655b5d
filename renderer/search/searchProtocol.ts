import type { SearchGroup, SearchKind, SearchOptions } from '../../shared/search';

/** What the window asks the search worker. */
export type SearchRequest =
  | { readonly type: 'open'; readonly dbName: string }
  /** The box: hits grouped by kind, a few per group. */
  | { readonly type: 'search'; readonly id: number; readonly text: string; readonly options: SearchOptions }
  /** A table's filter: only the ids of every hit of one kind (no documents to copy across). */
  | { readonly type: 'matchIds'; readonly id: number; readonly text: string; readonly kind: SearchKind };

/** What it answers; `revision` counts the index's changes, so a stale answer can be told apart. */
export type SearchResponse =
  | { readonly type: 'search'; readonly id: number; readonly groups: readonly SearchGroup[] }
  /** null while the kind is not indexed yet (the first read after opening is still running). */
  | { readonly type: 'matchIds'; readonly id: number; readonly ids: readonly string[] | null }
  /** A kind was (re)indexed: answers given before may be out of date. */
  | { readonly type: 'changed'; readonly kind: SearchKind; readonly revision: number }
  | { readonly type: 'failed'; readonly message: string };
