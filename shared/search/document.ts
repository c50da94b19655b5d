import type { SearchKind } from './searchKinds';

/** Where a hit leads, by what it names: the screens know how to open each. */
export type SearchTarget =
  | { readonly estate: string }
  | { readonly community: string }
  | { readonly notice: string }
  /** A company: the estates it manages, found by its name. */
  | { readonly company: string };

/**
 * One record as the search box knows it: what is shown (`title`, `detail`) and every text it is
 * found by (its name first, then former names, aliases, company …). Locale-free: the box words it.
 */
export interface SearchDocument {
  readonly kind: SearchKind;
  /** Unique within its kind. */
  readonly id: string;
  /** What Enter opens: an estate's page (a member's, a complaint's), a community's estates, a notice … */
  readonly opens: SearchTarget;
  readonly title: string;
  readonly detail: string;
  readonly texts: readonly string[];
}
