import { Dexie } from 'dexie';
import { nameKey } from '../../../shared/common/text';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, FRESH_PROGRESS, OPEN_COMPLAINT_STATUSES, type Complaint, type ComplaintStatus } from '../../../shared/complaints/complaint';
import { NO_COMPLAINT_FILTER, filterComplaints } from '../../../shared/complaints/complaintFilter';
import { formatComplaintNumber } from '../../../shared/complaints/complaintNumber';
import { DEFAULT_COMPLAINT_RULES } from '../../../shared/complaints/deadlineRules';
import type { Community } from '../../../shared/estates/community';
import type { Estate } from '../../../shared/estates/estate';
import { addDays, yearOf } from '../../../shared/inspections/calendar';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { listOpenComplaints, queryComplaints } from '../../../renderer/complaints/complaintRepository';
import { newId, StreetLedgerDb } from '../../../renderer/db/StreetLedgerDb';
import type { BenchCase, BenchMeasurement } from '../benchCase';
import { BENCH_COMMUNITIES } from './inventoryRows';
import { firstLiveValue } from './liveRead';
import { timePair } from './pairedTiming';

/*
 * Issue 11: the complaints ledger of a street with 100,000 complaints over two years, 40
 * communities and 2,000 estates. "App" is what the ledger page does to show a community's
 * complaints of some statuses: the repository's query its hook runs, read through `liveQuery`
 * as `useLiveQuery` reads it, then the ledger's own filter and order. "Baseline" is the raw
 * indexed Dexie read of the same rows. Each case checks both returned the same records.
 */

const TARGET = 2;
const SIZE = { estates: 2_000, complaints: 100_000 } as const;
const TODAY = '2025-06-30';
const FIRST_DAY = '2023-07-01';
const DAYS_COVERED = 729;

/** Older complaints are nearly all concluded; recent ones spread over the course. */
const RECENT_CYCLE: readonly ComplaintStatus[] = ['received', 'accepted', 'handling', 'handling', 'replied', 'visited', 'concluded', 'concluded', 'rejected'];

function complaintAt(i: number, estates: readonly Estate[], serials: Map<number, number>): Complaint {
  const estate = estates[(i * 7919) % estates.length]!;
  const receivedOn = addDays(FIRST_DAY, Math.floor((i * DAYS_COVERED) / SIZE.complaints));
  const recent = receivedOn >= '2025-03-01';
  const status: ComplaintStatus = recent ? RECENT_CYCLE[i % RECENT_CYCLE.length]! : i % 41 === 0 ? 'handling' : 'concluded';
  const year = yearOf(receivedOn);
  const serial = (serials.get(year) ?? 0) + 1;
  serials.set(year, serial);
  const accepted = status !== 'received' && status !== 'rejected';
  return {
    ...FRESH_PROGRESS,
    id: newId(),
    year,
    serial,
    number: formatComplaintNumber(DEFAULT_SETTINGS.complaintNumberPattern, year, serial),
    receivedOn,
    receivedAt: `${String(8 + (i % 10)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
    channel: COMPLAINT_CHANNELS[i % COMPLAINT_CHANNELS.length]!,
    workOrderNumber: i % COMPLAINT_CHANNELS.length === 4 ? `GD${i}` : '',
    hotlineDeadline: null,
    complainantName: `投诉人${i % 997}`,
    complainantPhone: `138${String(i).padStart(8, '0')}`,
    complainantAddress: `${estate.name}${(i % 30) + 1}栋`,
    estateId: estate.id,
    communityId: estate.communityId,
    against: 'company',
    againstName: estate.company,
    category: COMPLAINT_CATEGORIES[i % COMPLAINT_CATEGORIES.length]!,
    content: '楼道堆放杂物，物业未及时清理',
    status,
    acceptedOn: accepted ? addDays(receivedOn, 2) : null,
    concludedOn: status === 'concluded' ? addDays(receivedOn, 20) : null,
    satisfaction: status === 'concluded' || status === 'visited' ? 'satisfied' : null,
    inspectionIds: [],
    attachmentCount: 0,
    createdAt: i,
    updatedAt: i,
  };
}

const DB_NAME = 'bench-complaint-street-v1';

async function seeded(): Promise<StreetLedgerDb> {
  const db = new StreetLedgerDb(DB_NAME);
  if ((await db.complaints.count()) === SIZE.complaints) return db;
  db.close();
  await Dexie.delete(DB_NAME);
  const fresh = new StreetLedgerDb(DB_NAME);
  const communities: Community[] = BENCH_COMMUNITIES.map((name, i) => ({
    id: newId(), name, nameKey: nameKey(name), kind: 'community', director: '', phone: '',
    planned: { total: null, class1: null, class2: null, class3: null }, createdAt: i, updatedAt: i,
  }));
  const estates: Estate[] = Array.from({ length: SIZE.estates }, (_, i) => ({
    id: newId(), communityId: communities[i % communities.length]!.id, name: `小区${i}`, aliases: [], nameKey: nameKey(`小区${i}`),
    estateClass: (i % 4) as Estate['estateClass'], mode: 'market', company: `物业公司${i % 300}`, buildings: null,
    households: null, floorArea: null, address: '', pilot: false, notes: '', companyId: null, createdAt: i, updatedAt: i,
  }));
  const serials = new Map<number, number>();
  const complaints = Array.from({ length: SIZE.complaints }, (_, i) => complaintAt(i, estates, serials));
  await fresh.transaction('rw', [fresh.communities, fresh.estates, fresh.complaints], async () => {
    await fresh.communities.bulkAdd(communities);
    await fresh.estates.bulkAdd(estates);
    await fresh.complaints.bulkAdd(complaints);
  });
  return fresh;
}

function sameRecords(label: string, app: readonly { id: string }[], baseline: readonly { id: string }[]): void {
  const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort().join();
  if (app.length === 0 || app.length !== baseline.length || ids(app) !== ids(baseline)) {
    throw new Error(`${label}: the app returned ${app.length} records, the baseline ${baseline.length}, not the same ones`);
  }
}

function forgetCachedQueries(): void {
  for (const part of Object.keys(Dexie.cache)) delete Dexie.cache[part];
}

function readCase(name: string, rounds: number, prepare: (db: StreetLedgerDb) => Promise<{ app: () => Promise<Complaint[]>; baseline: () => Promise<Complaint[]> }>): BenchCase {
  return {
    name,
    target: TARGET,
    async run(): Promise<BenchMeasurement> {
      const db = await seeded();
      try {
        const { app, baseline } = await prepare(db);
        const appRun = () => {
          forgetCachedQueries();
          return app();
        };
        const rows = await appRun();
        sameRecords(name, rows, await baseline());
        const { appMs, baselineMs } = await timePair(appRun, baseline, rounds);
        return { appMs, baselineMs, extra: { rows: rows.length } };
      } finally {
        db.close();
      }
    },
  };
}

/** One community's complaints 待受理 or 办理中, as the ledger's filters choose them. */
const FILTER_STATUSES: readonly ComplaintStatus[] = ['received', 'handling'];

const filterLedger = readCase(`complaints ledger: filter by community and status (${SIZE.complaints.toLocaleString('en')} complaints)`, 9, async (db) => {
  const community = (await db.communities.orderBy('nameKey').toArray())[7]!.id;
  const filter = { ...NO_COMPLAINT_FILTER, communityIds: [community], statuses: FILTER_STATUSES };
  return {
    app: async () => {
      const rows = await firstLiveValue(() => queryComplaints(db, { communityIds: filter.communityIds, statuses: filter.statuses, from: '', to: '' }));
      return filterComplaints(rows, filter, TODAY, DEFAULT_COMPLAINT_RULES);
    },
    baseline: () => db.complaints.where('[communityId+status]').anyOf(FILTER_STATUSES.map((s) => [community, s])).toArray(),
  };
});

/** The home page's week: every open complaint, to read its deadline against today. */
const homeWeek = readCase('complaints: open ones for the home page', 9, async (db) => ({
  app: () => firstLiveValue(() => listOpenComplaints(db)),
  baseline: () => db.complaints.where('status').anyOf([...OPEN_COMPLAINT_STATUSES]).toArray(),
}));

export const COMPLAINT_BENCH_CASES: readonly BenchCase[] = [filterLedger, homeWeek];
