/**
 * What the one search box finds, by record kind, in the order its result groups are shown.
 * A kind adds its code here, its label in ./messages.ts and a provider in the renderer's
 * registry (renderer/search/providers.ts).
 */
export const SEARCH_KINDS = ['estate', 'community', 'company', 'committeeMember', 'notice', 'complaint'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
