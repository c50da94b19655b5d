import { Dexie } from 'dexie';
import type { Community } from '../../../shared/estates/community';
import type { Estate } from '../../../shared/estates/estate';
import { nameKey } from '../../../shared/common/text';
import { addDays, daysBetween, yearOf } from '../../../shared/inspections/calendar';
import { problemsFound, type CategoryChecks, type Inspection } from '../../../shared/inspections/inspection';
import { INSPECTION_CATEGORIES, type InspectionKind } from '../../../shared/inspections/kinds';
import type { NoticeEvent, NoticeStatus, RectificationNotice } from '../../../shared/inspections/notice';
import { formatNoticeNumber } from '../../../shared/inspections/noticeNumber';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { newId, StreetLedgerDb } from '../../../renderer/db/StreetLedgerDb';
import { BENCH_COMMUNITIES } from './inventoryRows';

/**
 * Issue 5's street at scale: 2,000 estates over 40 communities, 100,000 inspections over two and
 * a half years, and a rectification notice for every inspection that found problems (about one
 * in ten: some 10,000 notices). Old notices are nearly all closed, a few never were (long
 * overdue); recent ones are spread over every status, some past their deadline. Ids are the
 * app's own random UUIDs, so index keys are as long as a real installation's.
 */
export const STREET_SIZE = { communities: BENCH_COMMUNITIES.length, estates: 2_000, inspections: 100_000 } as const;

/** The day the ledger is read on (逾期 is read against it). */
export const BENCH_TODAY = '2025-06-30';

const FIRST_DAY = '2023-01-01';
// Up to the day before BENCH_TODAY: the latest notices are still within their deadline.
const DAYS_COVERED = 911;
const PROBLEM_EVERY = 10;

const KIND_CYCLE: readonly InspectionKind[] = [
  'patrol', 'patrol', 'patrol', 'patrol', 'patrol', 'patrol', 'spotCheck', 'spotCheck', 'campaign', 'assessment',
  'patrol', 'patrol', 'patrol', 'patrol', 'revisit', 'selfInspection', 'spotCheck', 'acceptance', 'patrol', 'campaign',
];
const INSPECTORS = ['张敏', '李强', '王芳', '刘洋', '陈静', '杨帆', '赵磊', '黄婷'];
const PROBLEM_NOTES = ['垃圾未及时清运', '消防通道堆放杂物', '单元门禁损坏', '绿化带缺株', '外来车辆乱停放', '楼道照明不亮'];

/** A fixed pseudo-random sequence (mulberry32): every run seeds the same street. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function categoriesOf(i: number, withProblems: boolean): CategoryChecks {
  const first = i % INSPECTION_CATEGORIES.length;
  const second = (i + 3) % INSPECTION_CATEGORIES.length;
  const entries = INSPECTION_CATEGORIES.map((category, c) => {
    const problem = withProblems && (c === first || (i % 3 === 0 && c === second));
    return [category, problem ? { result: 'problem', note: PROBLEM_NOTES[(i + c) % PROBLEM_NOTES.length]!, mark: null } : { result: c === 5 ? 'notApplicable' : 'pass', note: '', mark: null }] as const;
  });
  return Object.fromEntries(entries) as CategoryChecks;
}

function inspectionAt(i: number, estates: readonly Estate[], random: () => number): Inspection {
  const kind = KIND_CYCLE[Math.floor(random() * KIND_CYCLE.length)]!;
  const withProblems = random() < 1 / PROBLEM_EVERY;
  return {
    id: newId(),
    estateId: estates[Math.floor(random() * estates.length)]!.id,
    inspectedOn: addDays(FIRST_DAY, Math.floor((i * DAYS_COVERED) / STREET_SIZE.inspections)),
    time: `${String(8 + (i % 9)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
    kind,
    inspectors: [INSPECTORS[i % INSPECTORS.length]!, INSPECTORS[(i + 3) % INSPECTORS.length]!],
    categories: categoriesOf(i, withProblems),
    score: kind === 'assessment' ? 80 + (i % 20) : null,
    findings: withProblems ? '已当场告知物业项目负责人' : '',
    photoCount: 0,
    createdAt: i,
    updatedAt: i,
  };
}

/** Where a notice stands, by how long ago it was issued. */
function progressOf(j: number, issuedOn: string): Pick<RectificationNotice, 'status' | 'deadline' | 'events' | 'closedOn'> {
  const deadline = addDays(issuedOn, 7);
  const reported: NoticeEvent = { type: 'reported', on: addDays(issuedOn, 5), note: '已整改' };
  const closed = { status: 'closed' as NoticeStatus, deadline, events: [reported, { type: 'rechecked', on: addDays(issuedOn, 6), passed: true, note: '', newDeadline: null } satisfies NoticeEvent], closedOn: addDays(issuedOn, 6) };
  const old = daysBetween(issuedOn, BENCH_TODAY) > 60;
  const step = old ? (j % 37 === 0 ? 0 : j % 53 === 0 ? 1 : 3) : j % 5;
  switch (step) {
    case 0:
      return { status: 'pending', deadline, events: [], closedOn: null };
    case 1:
      return { status: 'reported', deadline, events: [reported], closedOn: null };
    case 2: {
      const later = addDays(issuedOn, 21);
      return { status: 'reopened', deadline: later, events: [reported, { type: 'rechecked', on: addDays(issuedOn, 8), passed: false, note: '仍有堆物', newDeadline: later }], closedOn: null };
    }
    default:
      return closed;
  }
}

export interface InspectionStreet {
  readonly communities: Community[];
  readonly estates: Estate[];
  readonly inspections: Inspection[];
  readonly notices: RectificationNotice[];
}

export function inspectionStreet(): InspectionStreet {
  const communities: Community[] = BENCH_COMMUNITIES.map((name, i) => ({
    id: newId(), name, nameKey: nameKey(name), kind: 'community', director: '', phone: '',
    planned: { total: null, class1: null, class2: null, class3: null }, createdAt: i, updatedAt: i,
  }));
  const estates: Estate[] = Array.from({ length: STREET_SIZE.estates }, (_, i) => ({
    id: newId(), communityId: communities[i % communities.length]!.id, name: `小区${i}`, aliases: [], nameKey: nameKey(`小区${i}`),
    estateClass: (i % 4) as Estate['estateClass'], mode: 'market', company: `物业公司${i % 300}`, companyId: null, buildings: (i % 30) + 1,
    households: (i % 900) + 20, floorArea: null, address: `测试路${i}号`, pilot: false, notes: '', createdAt: i, updatedAt: i,
  }));
  const random = randomSource(5);
  const inspections = Array.from({ length: STREET_SIZE.inspections }, (_, i) => inspectionAt(i, estates, random));
  const companyOf = new Map(estates.map((e) => [e.id, e.company]));
  const serials = new Map<number, number>();
  const notices: RectificationNotice[] = [];
  for (const inspection of inspections) {
    const items = problemsFound(inspection);
    if (items.length === 0) continue;
    const year = yearOf(inspection.inspectedOn);
    const serial = (serials.get(year) ?? 0) + 1;
    serials.set(year, serial);
    const progress = progressOf(notices.length, inspection.inspectedOn);
    notices.push({
      id: newId(), estateId: inspection.estateId, inspectionId: inspection.id, issuedOn: inspection.inspectedOn,
      responsibleParty: companyOf.get(inspection.estateId) ?? '', items, originalDeadline: addDays(inspection.inspectedOn, 7), ...progress,
      year, serial, number: formatNoticeNumber(DEFAULT_SETTINGS.noticeNumberPattern, year, serial), createdAt: inspection.createdAt, updatedAt: inspection.createdAt,
    });
  }
  return { communities, estates, inspections, notices };
}

const DB_NAME = 'bench-inspection-street-v3';

async function isSeeded(db: StreetLedgerDb): Promise<boolean> {
  const [estates, inspections, notices] = await Promise.all([db.estates.count(), db.inspections.count(), db.notices.count()]);
  return estates === STREET_SIZE.estates && inspections === STREET_SIZE.inspections && notices > 0;
}

/**
 * The street, stored (not timed). Seeding 100,000 inspections takes longer than any query here,
 * so the cases of one `npm run bench` (a fresh browser profile each time) share one database,
 * seeded in one transaction by whichever case runs first and only read afterwards.
 */
export async function seededStreet(): Promise<StreetLedgerDb> {
  const db = new StreetLedgerDb(DB_NAME);
  if (await isSeeded(db)) return db;
  db.close();
  await Dexie.delete(DB_NAME);
  const fresh = new StreetLedgerDb(DB_NAME);
  const street = inspectionStreet();
  await fresh.transaction('rw', [fresh.communities, fresh.estates, fresh.inspections, fresh.notices], async () => {
    await fresh.communities.bulkAdd(street.communities);
    await fresh.estates.bulkAdd(street.estates);
    await fresh.inspections.bulkAdd(street.inspections);
    await fresh.notices.bulkAdd(street.notices);
  });
  return fresh;
}
