import type { SearchKind, SearchProvider } from '../../shared/search';
import { committeeMemberSearchProvider } from '../committees';
import { companySearchProvider } from '../companies';
import { complaintSearchProvider } from '../complaints';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { communitySearchProvider, estateSearchProvider } from '../estates';
import { noticeSearchProvider } from '../inspections';

/**
 * One provider per searchable kind, each in its own domain's folder. A new kind adds its code
 * to SEARCH_KINDS, its group's name to shared/search/messages.ts and its provider here; the
 * compiler then asks for nothing else.
 */
export const SEARCH_PROVIDERS = {
  estate: estateSearchProvider,
  community: communitySearchProvider,
  company: companySearchProvider,
  committeeMember: committeeMemberSearchProvider,
  notice: noticeSearchProvider,
  complaint: complaintSearchProvider,
} as const satisfies Record<SearchKind, SearchProvider<StreetLedgerDb>>;
