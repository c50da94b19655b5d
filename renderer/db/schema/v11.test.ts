import { describe, expect, it } from 'vitest';
import { summariseCampaign } from '../../../shared/campaigns';
import { campaignDossier } from '../../campaigns/campaignQueries';
import { createCampaign, tieInspection } from '../../campaigns/campaignRepository';
import { createReturn, recordFiling } from '../../campaigns/returnRepository';
import { refusal } from '../testing/expectRefused';
import { openAfterUpgrade } from '../testing/migrationHarness';
import { PREVIOUS_VERSION } from '.';
import type { V1CommunityRow, V1EstateRow } from './v1';
import type { V3InspectionRow } from './v3';

/*
 * Version 11 follows whatever version is below it (v10 today): this seeds that version, estates
 * linked to their company's record as v8 left them.
 */
const at = 1_700_000_000_000;
const community: V1CommunityRow = {
  id: 'c-1', name: '融城社区', nameKey: '融城社区', kind: 'community', director: '', phone: '',
  planned: { total: null, class1: null, class2: null, class3: null }, createdAt: at, updatedAt: at,
};
const estate = (id: string, name: string, company: string): V1EstateRow & { companyId: string } => ({
  id, communityId: 'c-1', name, nameKey: name, estateClass: 1, mode: 'market', company, companyId: `co-${id}`,
  buildings: null, households: 300, floorArea: null, address: '', pilot: false, notes: '', createdAt: at, updatedAt: at,
});
const unchecked = { result: 'notApplicable', note: '', mark: null } as const;
const selfInspection: V3InspectionRow = {
  id: 'i-1', estateId: 'e-2', inspectedOn: '2026-09-02', time: '', kind: 'selfInspection', inspectors: [],
  categories: { publicOrder: unchecked, sanitation: unchecked, security: unchecked, facilities: unchecked, greening: unchecked, other: unchecked },
  score: null, findings: '', photoCount: 0, createdAt: at, updatedAt: at,
};

describe('schema v11: campaigns', () => {
  it('adds the campaign tables empty and leaves the previous version’s ledger as it was', async () => {
    const db = await openAfterUpgrade(PREVIOUS_VERSION, async (old) => {
      await old.table('communities').add(community);
      await old.table('estates').bulkAdd([estate('e-1', '万家花园', '万家物业'), estate('e-2', '阳光城', '阳光物业')]);
      await old.table('inspections').add(selfInspection);
    });
    for (const table of [db.campaigns, db.campaignTasks, db.campaignReturns, db.campaignFilings, db.campaignFunds, db.campaignPayments, db.campaignFiles]) expect(await table.count()).toBe(0);
    expect(await db.estates.count()).toBe(2);
    expect(await db.inspections.get('i-1')).toEqual(selfInspection);
    db.close();
  });

  it('lets a campaign cover the old estates and count an old self-inspection toward its return', async () => {
    const db = await openAfterUpgrade(PREVIOUS_VERSION, async (old) => {
      await old.table('communities').add(community);
      await old.table('estates').bulkAdd([estate('e-1', '万家花园', '万家物业'), estate('e-2', '阳光城', '阳光物业')]);
      await old.table('inspections').add(selfInspection);
    });
    const campaign = await createCampaign(db, { name: '专项治理', year: 2026, estateIds: ['e-1', 'e-2'] });
    const form = await createReturn(db, { campaignId: campaign.id, title: '自查检查表', dueOn: '2026-09-05', partyKind: 'company', inspectionKinds: ['selfInspection'] });
    await recordFiling(db, form.id, { kind: 'company', name: '万家物业' }, { receivedOn: '2026-09-01' });
    // The unique index on (return, party) exists on the upgraded database.
    expect((await refusal(recordFiling(db, form.id, { kind: 'company', name: '万家物业' }, { receivedOn: '2026-09-02' }))).map((p) => p.code)).toEqual(['duplicateFiling']);
    await tieInspection(db, campaign.id, 'i-1', true);
    const summary = summariseCampaign((await campaignDossier(db, campaign.id))!, '2026-09-05');
    expect(summary.returns[0]?.checklist).toMatchObject({ received: 2, missing: [] });
    db.close();
  });
});
