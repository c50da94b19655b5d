import type { ExistingRecord } from '../exchange/diff';
import type { RecordKind } from '../exchange/recordKind';
import type { Community } from './community';
import { communitiesMapping, type CommunityRow } from './communityMapping';
import type { Estate } from './estate';
import { estatesMapping, type EstateRow } from './estateMapping';
import { communityTable, estateTable, withHeader } from './inventoryTables';
import { exchangeMessages } from '../i18n/exchange';

/** Communities and estates as record kinds: read, compared, written as one inventory batch. */

const layout = exchangeMessages['zh-CN'].layout;

/** Stored communities in the form the diff compares. */
export function existingCommunities(communities: readonly Community[]): ExistingRecord<CommunityRow>[] {
  return communities.map(({ id, name, kind, director, phone, planned }) => ({ id, value: { name, kind, director, phone, planned } }));
}

/** Stored estates in the form the diff compares; estates of an unknown community are left out. */
export function existingEstates(communities: readonly Community[], estates: readonly Estate[]): ExistingRecord<EstateRow>[] {
  const names = new Map(communities.map((c) => [c.id, c.name]));
  const out: ExistingRecord<EstateRow>[] = [];
  for (const estate of estates) {
    const community = names.get(estate.communityId);
    if (community === undefined) continue;
    const { id, communityId: _communityId, companyId: _companyId, nameKey: _nameKey, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = estate;
    out.push({ id, value: { community, ...fields } });
  }
  return out;
}

export const communitiesKind: RecordKind<'communities'> = {
  key: 'communities',
  mapping: () => communitiesMapping,
  dependsOn: [],
  store: {
    table: 'communities',
    batch: 'inventory',
    reads: ['communities'],
    existing: (ledger) => existingCommunities(ledger.communities),
  },
  exportSheet: (ledger) => ({ name: layout.communitiesSheet, rows: withHeader(communityTable(ledger.communities)), freezeRows: 1 }),
};

export const estatesKind: RecordKind<'estates'> = {
  key: 'estates',
  mapping: () => estatesMapping,
  // An estate names its community: stored, or brought by the same file.
  dependsOn: ['communities'],
  store: {
    table: 'estates',
    batch: 'inventory',
    reads: ['communities', 'estates'],
    existing: (ledger) => existingEstates(ledger.communities, ledger.estates),
  },
  exportSheet: (ledger) => ({ name: layout.estatesSheet, rows: withHeader(estateTable(ledger)), freezeRows: 1 }),
};
