import { Dexie } from 'dexie';
import type { Community } from '../../../shared/estates/community';
import type { Estate } from '../../../shared/estates/estate';
import type { Inspection } from '../../../shared/inspections/inspection';
import type { InspectionKind } from '../../../shared/inspections/kinds';
import { filterInspections, filterNotices, NO_INSPECTION_FILTER, NO_NOTICE_FILTER, type CommunityOf } from '../../../shared/inspections/ledgerFilter';
import { OPEN_STATUSES, type RectificationNotice } from '../../../shared/inspections/notice';
import { shownStatus, type ShownStatus } from '../../../shared/inspections/overdue';
import { listCommunities } from '../../../renderer/estates/communityRepository';
import { listEstates } from '../../../renderer/estates/estateRepository';
import { queryInspections } from '../../../renderer/inspections/inspectionRepository';
import { countOverdueNotices, listOverdueNotices, queryNotices } from '../../../renderer/inspections/noticeRepository';
import type { StreetLedgerDb } from '../../../renderer/db/StreetLedgerDb';
import type { BenchCase, BenchMeasurement } from '../benchCase';
import { BENCH_TODAY, seededStreet, STREET_SIZE } from './inspectionStreet';
import { firstLiveValue } from './liveRead';
import { timePair } from './pairedTiming';

/*
 * Issue 5: the inspection and rectification ledgers of a street with 100,000 inspections over
 * 2,000 estates. "App" is what the page does to show its data: the repository functions its
 * hooks call, read through `liveQuery` as `useLiveQuery` reads them, then the ledger's own
 * filtering and ordering. "Baseline" is the least a direct indexed Dexie query needs to return
 * the same rows. Each case checks both returned the same records before it reports a time.
 */

const TARGET = 2;

/** What the ledger page builds from its estate and community hooks (useEstateDirectory). */
interface Directory {
  readonly communities: readonly Community[];
  readonly communityOf: CommunityOf;
  estateIdsOf(communityIds: readonly string[]): string[];
}

function directoryOf(estates: readonly Estate[], communities: readonly Community[]): Directory {
  const communityByEstate = new Map(estates.map((e) => [e.id, e.communityId]));
  return {
    communities,
    communityOf: (estateId) => communityByEstate.get(estateId),
    estateIdsOf: (ids) => {
      const wanted = new Set(ids);
      return estates.filter((e) => wanted.has(e.communityId)).map((e) => e.id);
    },
  };
}

async function pageDirectory(db: StreetLedgerDb): Promise<Directory> {
  const [estates, communities] = await Promise.all([firstLiveValue(() => listEstates(db)), firstLiveValue(() => listCommunities(db))]);
  return directoryOf(estates, communities);
}

/**
 * A live query's results stay cached for a few seconds after its last subscriber leaves, so a
 * second run would be served from memory. Each timed run of the app's way starts as a page
 * opened for the first time: with nothing cached.
 */
function forgetCachedQueries(): void {
  for (const part of Object.keys(Dexie.cache)) delete Dexie.cache[part];
}

function sameRecords(label: string, app: readonly { id: string }[], baseline: readonly { id: string }[]): void {
  const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort().join();
  if (app.length !== baseline.length || ids(app) !== ids(baseline)) {
    throw new Error(`${label}: the app returned ${app.length} records, the baseline ${baseline.length}, not the same ones`);
  }
}

interface ReadCase<R> {
  readonly name: string;
  /** Timed rounds after the warm-up: more for the short reads, which are the noisier. */
  readonly rounds: number;
  /** Untimed: what both ways start from (e.g. the directory the page already holds). */
  prepare(db: StreetLedgerDb): Promise<{ app: () => Promise<R>; baseline: () => Promise<R>; check: (app: R, baseline: R) => Record<string, number> }>;
}

function benchCase<R>(spec: ReadCase<R>): BenchCase {
  return {
    name: spec.name,
    target: TARGET,
    async run(): Promise<BenchMeasurement> {
      const db = await seededStreet();
      try {
        const { app, baseline, check } = await spec.prepare(db);
        const appRun = () => {
          forgetCachedQueries();
          return app();
        };
        const extra = check(await appRun(), await baseline());
        const { appMs, baselineMs } = await timePair(appRun, baseline, spec.rounds);
        return { appMs, baselineMs, extra };
      } finally {
        db.close();
      }
    },
  };
}

/** Opening the ledger: its directory, every inspection, newest first (the first screen's rows). */
const openLedger = benchCase<Inspection[]>({
  name: `inspection ledger: open (${STREET_SIZE.inspections.toLocaleString('en')} inspections)`,
  rounds: 3,
  async prepare(db) {
    return {
      app: async () => {
        const [directory, rows] = await Promise.all([pageDirectory(db), firstLiveValue(() => queryInspections(db, { from: '', to: '', estateIds: null }))]);
        return filterInspections(rows, NO_INSPECTION_FILTER, directory.communityOf);
      },
      baseline: () => db.inspections.toArray(),
      check: (app, baseline) => {
        sameRecords('open ledger', app, baseline);
        return { rows: app.length };
      },
    };
  },
});

/** One community's inspections of two kinds, as the ledger's filters choose them. */
const FILTER_KINDS: readonly InspectionKind[] = ['spotCheck', 'campaign'];

const filterInspectionLedger = benchCase<Inspection[]>({
  name: 'inspection ledger: filter by community and kind',
  rounds: 9,
  async prepare(db) {
    const directory = await pageDirectory(db);
    const community = directory.communities[7]!.id;
    const filter = { ...NO_INSPECTION_FILTER, communityIds: [community], kinds: FILTER_KINDS };
    const kinds = new Set(FILTER_KINDS);
    const estateIdsOfCommunity = directory.estateIdsOf([community]);
    return {
      app: async () => {
        const estateIds = directory.estateIdsOf(filter.communityIds);
        const rows = await firstLiveValue(() => queryInspections(db, { from: '', to: '', estateIds }));
        return filterInspections(rows, filter, directory.communityOf);
      },
      baseline: async () => (await Promise.all(estateIdsOfCommunity.map((id) => db.inspections.where('estateId').equals(id).toArray()))).flat().filter((i) => kinds.has(i.kind)),
      check: (app, baseline) => {
        sameRecords('filter inspections', app, baseline);
        return { rows: app.length };
      },
    };
  },
});

/** One community's notices that are 待整改 or 逾期. */
const FILTER_STATUSES: readonly ShownStatus[] = ['pending', 'overdue'];

const filterNoticeLedger = benchCase<RectificationNotice[]>({
  name: 'notice ledger: filter by community and status',
  rounds: 9,
  async prepare(db) {
    const directory = await pageDirectory(db);
    const community = directory.communities[7]!.id;
    const filter = { ...NO_NOTICE_FILTER, communityIds: [community], statuses: FILTER_STATUSES };
    const statuses = new Set(FILTER_STATUSES);
    const estateIdsOfCommunity = directory.estateIdsOf([community]);
    return {
      app: async () => {
        const estateIds = directory.estateIdsOf(filter.communityIds);
        const rows = await firstLiveValue(() => queryNotices(db, { from: '', to: '', estateIds, dateField: filter.dateField }));
        return filterNotices(rows, filter, directory.communityOf, BENCH_TODAY);
      },
      baseline: async () =>
        (await Promise.all(estateIdsOfCommunity.map((id) => db.notices.where('estateId').equals(id).toArray()))).flat().filter((n) => statuses.has(shownStatus(n, BENCH_TODAY))),
      check: (app, baseline) => {
        sameRecords('filter notices', app, baseline);
        if (app.length === 0) throw new Error('filter notices: nothing matched, the case measures nothing');
        return { rows: app.length };
      },
    };
  },
});

/** 逾期: open (not closed) and past the deadline in force, straight from `[status+deadline]`. */
function rawOverdueRanges(db: StreetLedgerDb) {
  return OPEN_STATUSES.map((status) => db.notices.where('[status+deadline]').between([status, ''], [status, BENCH_TODAY], true, false));
}

const countOverdue = benchCase<number>({
  name: 'overdue notices: count',
  rounds: 9,
  async prepare(db) {
    return {
      app: () => firstLiveValue(() => countOverdueNotices(db, BENCH_TODAY)),
      baseline: async () => (await Promise.all(rawOverdueRanges(db).map((range) => range.count()))).reduce((a, b) => a + b, 0),
      check: (app, baseline) => {
        if (app !== baseline || app === 0) throw new Error(`count overdue: the app counted ${app}, the baseline ${baseline}`);
        return { overdue: app };
      },
    };
  },
});

/** The home page's panel: the overdue notices themselves (its badge is their number). */
const listOverdue = benchCase<RectificationNotice[]>({
  name: 'overdue notices: home panel list',
  rounds: 9,
  async prepare(db) {
    return {
      app: () => firstLiveValue(() => listOverdueNotices(db, BENCH_TODAY)),
      baseline: async () => (await Promise.all(rawOverdueRanges(db).map((range) => range.toArray()))).flat(),
      check: (app, baseline) => {
        sameRecords('overdue list', app, baseline);
        return { rows: app.length };
      },
    };
  },
});

export const INSPECTION_BENCH_CASES: readonly BenchCase[] = [openLedger, filterInspectionLedger, filterNoticeLedger, countOverdue, listOverdue];
