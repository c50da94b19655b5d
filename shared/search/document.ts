import type { SearchKind } from './searchKinds';

/**
 * One record as the search box knows it: what is shown (`title`, `detail`) and every text it is
 * found by (its name first, then former names, aliases, company …). Locale-free: the box words it.
 */
export interface SearchDocument {
  readonly kind: SearchKind;
  /** Unique within its kind. */
  readonly id: string;
  /** The record Enter opens: the estate of a committee member, the notice itself … */
  readonly opens: string;
  readonly title: string;
  readonly detail: string;
  readonly texts: readonly string[];
}
