import { validOrRefuse } from '../db/problems';
import type { Community } from '../../shared/estates/community';
import { PLAN5_COMMUNITIES } from '../../shared/estates/examplePlan5';
import { validateCommunity } from '../../shared/estates/validation';
import { newCommunityRow } from './communityRepository';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { nextTimestamp } from '../db/timestamps';

export type ExampleStreetResult =
  | { readonly status: 'loaded'; readonly communities: readonly Community[] }
  /** The street already has communities: the example would mix with real records. */
  | { readonly status: 'notEmpty'; readonly existingCommunities: number };

/**
 * Offers a new user plan 5's street (nine communities with their planned counts) to try the
 * app on. All nine or none: the emptiness check and the writes share one transaction.
 */
export async function loadExampleStreet(db: StreetLedgerDb): Promise<ExampleStreetResult> {
  // Validated like any community, so the example cannot drift from what a form would accept.
  const fields = PLAN5_COMMUNITIES.map((draft) => validOrRefuse(validateCommunity(draft)));
  // Each its own timestamp, so creation order is the plan's order.
  const rows = fields.map((f) => newCommunityRow(f, nextTimestamp()));
  return db.transaction('rw', db.communities, async () => {
    const existing = await db.communities.count();
    if (existing > 0) return { status: 'notEmpty', existingCommunities: existing } as const;
    for (const row of rows) await db.communities.add(row);
    return { status: 'loaded', communities: rows } as const;
  });
}
