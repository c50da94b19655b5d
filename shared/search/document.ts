import type { SearchKind } from './searchKinds';

/** Where a hit leads, by what it names: the screens know how to open each. */
export type SearchTarget =
  | { readonly estate: string }
  | { readonly community: string }
  | { readonly notice: string }
  /** A registered company, by id: its page. */
  | { readonly company: string }
  /** A complaint, by id: opened over its ledger. */
  | { readonly complaint: string }
  /** An estate's owners' committee (a member's): the estate page at its committee section. */
  | { readonly committee: string };

/**
 * One record as the search box knows it: what is shown (`title`, `detail`) and every text it is
 * found by (its name first, then former names, aliases, company …). Locale-free: the box words it.
 */
export interface SearchDocument {
  readonly kind: SearchKind;
  /** Unique within its kind. */
  readonly id: string;
  /** What Enter opens: the record itself (an estate's or a company's page, a notice, a complaint, a member's committee) or a community's estates. */
  readonly opens: SearchTarget;
  readonly title: string;
  readonly detail: string;
  readonly texts: readonly string[];
}
