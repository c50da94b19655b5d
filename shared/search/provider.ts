import type { SearchDocument } from './document';
import type { SearchKind } from './searchKinds';

/**
 * How one record kind offers its records to the search: read them all as documents from
 * `source` (the database, in the search worker). The worker re-runs it whenever what it read
 * changes, so a provider only says what its records are, never when to look again.
 */
export interface SearchProvider<Source> {
  readonly kind: SearchKind;
  documents(source: Source): Promise<readonly SearchDocument[]>;
}
