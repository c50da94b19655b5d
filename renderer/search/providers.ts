import type { SearchKind, SearchProvider } from '../../shared/search';
import { committeeMemberSearchProvider } from '../committees';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { communitySearchProvider, estateSearchProvider } from '../estates';
import { noticeSearchProvider } from '../inspections';
import { complaintSearchProvider } from '../complaints';

/**
 * One provider per searchable kind, each in its own domain's folder. A new kind (complaints,
 * property companies …) adds its code to SEARCH_KINDS and its provider here; the compiler
 * then asks for nothing else.
 */
export const SEARCH_PROVIDERS = {
  estate: estateSearchProvider,
  community: communitySearchProvider,
  committeeMember: committeeMemberSearchProvider,
  notice: noticeSearchProvider,
  complaint: complaintSearchProvider,
} as const satisfies Record<SearchKind, SearchProvider<StreetLedgerDb>>;
