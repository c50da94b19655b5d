export type { SearchDocument, SearchTarget } from './document';
export type { SearchProvider } from './provider';
export { matchText, matchTexts, searchQuery, MATCH_QUALITIES, type MatchQuality, type SearchQuery } from './match';
export { SearchIndex, type SearchGroup, type SearchHit, type SearchOptions } from './searchIndex';
export { SEARCH_KINDS, type SearchKind } from './searchKinds';
export { spell, type Spelling } from './spelling';
export { searchMessages } from './messages';
