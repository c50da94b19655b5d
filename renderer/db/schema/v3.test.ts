import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { deleteEstate, listEstates } from '../../estates/estateRepository';
import { createInspection } from '../../inspections/inspectionRepository';
import { countInspectionRecords } from '../../inspections/inspectionRecords';
import { issueNotice } from '../../inspections/noticeRepository';
import { createSurvey } from '../../inspections/surveyRepository';
import { refusal } from '../testing/expectRefused';
import { openAfterUpgrade } from '../testing/migrationHarness';
import type { V1CommunityRow, V1EstateRow } from './v1';
import type { V2CommitteeTermRow } from './v2';
import { asUpgradedEstate } from '../testing/upgradedEstate';

const community: V1CommunityRow = {
  id: 'c-taiping',
  name: '太平社区',
  nameKey: '太平社区',
  kind: 'community',
  director: '',
  phone: '',
  planned: { total: 30, class1: 5, class2: 9, class3: 16 },
  createdAt: 1_600_000_000_000,
  updatedAt: 1_600_000_000_000,
};

const estate = (id: string, name: string, company: string, createdAt: number): V1EstateRow => ({
  id,
  communityId: community.id,
  name,
  nameKey: name,
  estateClass: 1,
  mode: 'market',
  company,
  buildings: 12,
  households: 1203,
  floorArea: null,
  address: '',
  pilot: false,
  notes: '',
  createdAt,
  updatedAt: createdAt,
});

const wanke = estate('e-wanke', '万科a区', '万科物业', 1_600_000_000_001);
const jinxiu = estate('e-jinxiu', '锦绣花园', '', 1_600_000_000_002);

const term: V2CommitteeTermRow = {
  id: 't-1',
  estateId: wanke.id,
  termNumber: 2,
  electedOn: '2022-06-01',
  startOn: '2022-06-01',
  endOn: '2027-05-31',
  filedOn: '2022-06-20',
  filingNumber: '太平备〔2022〕3号',
  notes: '',
  members: [{ id: 'm-1', name: '王芳', role: 'chair', phone: '', building: '3', room: '301', joinedOn: null, leftOn: null, leftReason: null }],
  createdAt: 1_650_000_000_000,
  updatedAt: 1_650_000_000_000,
};

async function upgradedFromV2() {
  return openAfterUpgrade(2, async (old) => {
    await old.table<V1CommunityRow>('communities').add(community);
    await old.table<V1EstateRow>('estates').bulkAdd([wanke, jinxiu]);
    await old.table<V2CommitteeTermRow>('committeeTerms').add(term);
  });
}

describe('upgrading a version-2 database to version 3', () => {
  it('keeps every earlier row as it was and adds the inspection tables empty', async () => {
    const db = await upgradedFromV2();
    expect(await db.communities.toArray()).toEqual([community]);
    expect(await listEstates(db)).toEqual([wanke, jinxiu].map(asUpgradedEstate));
    expect(await db.table('committeeTerms').toArray()).toEqual([term]);
    for (const table of [db.inspections, db.inspectionPhotos, db.notices, db.noticeCounters, db.surveys, db.entryDrafts]) {
      expect(await table.count()).toBe(0);
    }
    db.close();
  });

  it('lets the old estates take inspections, numbered notices from 1 and surveys', async () => {
    const db = await upgradedFromV2();
    const inspection = await createInspection(db, {
      estateId: wanke.id,
      inspectedOn: '2024-03-15',
      kind: '抽查',
      inspectors: '张敏',
      categories: { sanitation: { result: '有问题', note: '垃圾未清运' } },
    });
    const notice = await issueNotice(
      db,
      { estateId: wanke.id, inspectionId: inspection.id, issuedOn: '2024-03-15', responsibleParty: wanke.company, items: [{ category: 'sanitation', text: '垃圾未清运' }], deadline: '2024-03-22' },
      DEFAULT_SETTINGS.noticeNumberPattern,
    );
    expect(notice.number).toBe('〔2024〕第1号');
    await createSurvey(db, { estateId: jinxiu.id, surveyedOn: '2024-05-01', surveyed: 100, satisfied: 90 }, 0.85);
    expect(await countInspectionRecords(db, wanke.id)).toEqual({ inspections: 1, notices: 1, surveys: 0 });
    db.close();
  });

  it('refuses to delete an estate with inspection records, and still deletes one without any', async () => {
    const db = await upgradedFromV2();
    await createSurvey(db, { estateId: jinxiu.id, surveyedOn: '2024-05-01', surveyed: 100, satisfied: 90 }, 0.85);
    expect(await refusal(deleteEstate(db, jinxiu.id))).toEqual([
      { field: 'estate', code: 'estateHasRecords', params: { inspections: 0, notices: 0, surveys: 1 } },
    ]);
    const blank = estate('e-blank', '空白小区', '', 1_600_000_000_003);
    await db.table<V1EstateRow>('estates').add(blank);
    await deleteEstate(db, blank.id);
    expect((await listEstates(db)).map((e) => e.id)).toEqual([wanke.id, jinxiu.id]);
    db.close();
  });
});
