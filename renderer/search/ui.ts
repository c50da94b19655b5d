/** The search box and the hooks other screens use for the same matching. */
export { SearchBox } from './SearchBox';
export { SearchIndexProvider, useMatchedIds, useSearch, useSearchClient, type Answer } from './SearchContext';
