import type { StreetLedgerDb } from '../../db/StreetLedgerDb';
import { openTestDb } from '../../db/testing/testDb';
import { createCommunity } from '../communityRepository';
import { createEstate } from '../estateRepository';

/** A fresh test database holding one community (太平社区) with one estate (锦绣花园): what records of an estate need first. */
export async function openDbWithOneEstate(): Promise<{ readonly db: StreetLedgerDb; readonly estateId: string }> {
  const db = await openTestDb();
  const community = await createCommunity(db, { name: '太平社区' });
  const estate = await createEstate(db, { communityId: community.id, name: '锦绣花园' });
  return { db, estateId: estate.id };
}
