/** What other folders may use of renderer/search without its screens. */
export { SEARCH_PROVIDERS } from './providers';
export { SearchClient } from './SearchClient';
export { watchSearchIndex } from './searchWatch';
