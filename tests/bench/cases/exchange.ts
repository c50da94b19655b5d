import { Dexie } from 'dexie';
import * as XLSX from 'xlsx';
import type { Community } from '../../../shared/estates/community';
import type { Estate } from '../../../shared/estates/estate';
import { exportFullWorkbook } from '../../../shared/exchange/export/fullWorkbook';
import { exchangeMessages } from '../../../shared/i18n/exchange';
import { createCommunity } from '../../../renderer/estates/communityRepository';
import { StreetLedgerDb } from '../../../renderer/db/StreetLedgerDb';
import { ImportClient } from '../../../renderer/exchange/ImportClient';
import type { BenchCase } from '../benchCase';
import { BENCH_COMMUNITIES, estateWorkbook } from './inventoryRows';
import { openExchangePageReads } from './exchangePageReads';
import { longestBlockDuring } from './mainThreadWatch';

let runCounter = 0;
const freshName = (label: string) => `bench-${label}-${Date.now()}-${runCounter++}`;

/**
 * The app's import: the file goes to the import worker, which reads, finds the header, maps,
 * normalises, validates, diffs against the (empty) estates of 40 stored communities and commits
 * in one transaction with its undo batch; the window only waits. The window holds what the
 * exchange page holds (a live read of the batch list), so the
 * main-thread figures include the window re-reading what the commit wrote; the time compared
 * with the baseline ends when the commit does.
 */
interface AppImport {
  readonly ms: number;
  readonly commitMs: number;
  readonly longestBlockMs: number;
  readonly longestTaskMs: number;
  /** The rows the app stored, read back untimed: to time storing exactly them with a bare bulkPut. */
  readonly storedRows: Estate[];
}

async function appImport(bytes: Uint8Array): Promise<AppImport> {
  const name = freshName('app');
  const db = new StreetLedgerDb(name);
  for (const community of BENCH_COMMUNITIES) await createCommunity(db, { name: community });
  const page = await openExchangePageReads(db);
  const client = new ImportClient({ dbName: name, analyseTimeoutMs: 600_000 });
  let ms = 0;
  let commitMs = 0;
  try {
    const start = performance.now();
    const { longestBlockMs, longestTaskMs } = await longestBlockDuring(async () => {
      await client.analyse({ type: 'analyse', bytes, fileName: 'bench.xlsx', locale: 'zh-CN', rules: { defaultTermYears: 5 }, choices: {} });
      const committing = performance.now();
      await client.commit('bench');
      ms = performance.now() - start;
      commitMs = performance.now() - committing;
      await page.refreshed(60_000);
    });
    const storedRows = await db.estates.toArray();
    if (storedRows.length === 0) throw new Error('the app import stored nothing');
    return { ms, commitMs, longestBlockMs, longestTaskMs, storedRows };
  } finally {
    page.close();
    client.dispose();
    db.close();
    await Dexie.delete(name);
  }
}

/**
 * Not the baseline, a figure beside it: one bare bulkPut of the very rows the app stored. The
 * app's rows carry random UUIDs (as id, and as communityId in two indexes) where the raw rows
 * carry short strings, and IndexedDB's cost grows with key length; this shows how much of the
 * app's commit is that, and how much is the app.
 */
async function bulkPutOf(rows: readonly Estate[]): Promise<number> {
  const name = freshName('rows');
  const db = new StreetLedgerDb(name);
  await db.open();
  try {
    const start = performance.now();
    await db.estates.bulkPut([...rows]);
    return performance.now() - start;
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

/**
 * The floor: SheetJS reads the same bytes densely and one bulkPut stores the rows, unchecked
 * and unconverted, into the same estates table (same indexes, same durability) — what storing
 * these rows costs with no pipeline at all.
 */
async function rawImport(bytes: Uint8Array): Promise<number> {
  const name = freshName('raw');
  const db = new StreetLedgerDb(name);
  await db.open();
  const start = performance.now();
  const book = XLSX.read(bytes, { type: 'array', dense: true });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  const rows = XLSX.utils.sheet_to_json<Record<string, string | number>>(sheet);
  await db.table('estates').bulkPut(
    rows.map((row, i) => ({
      id: String(i),
      communityId: row['所属社区'],
      name: row['小区名称'],
      nameKey: row['小区名称'],
      estateClass: row['小区类别'],
      mode: row['管理模式'],
      company: row['物业服务企业'],
      buildings: row['楼幢数'],
      households: row['户数'],
      floorArea: null,
      address: row['小区地址'],
      pilot: row['是否试点'],
      notes: '',
      createdAt: i,
      updatedAt: i,
    })),
  );
  const ms = performance.now() - start;
  db.close();
  await Dexie.delete(name);
  return ms;
}

const APP_COMMIT = "app's commit (ms)";
const APP_ROWS_PUT = "bare bulkPut of the app's stored rows (ms)";
const LONGEST_BLOCK = 'longest main-thread block (ms)';
const LONGEST_TASK = 'longest task the window ran (ms; 0 = none of 50 ms or more)';

function importCase(count: number): BenchCase {
  return {
    name: `import ${count.toLocaleString('en')} estates`,
    target: 1.3,
    extraTargets: { [LONGEST_BLOCK]: 100 },
    async run() {
      const bytes = estateWorkbook(count);
      const baselineMs = await rawImport(bytes);
      const app = await appImport(bytes);
      const appRowsMs = await bulkPutOf(app.storedRows);
      return {
        appMs: app.ms,
        baselineMs,
        extra: { [APP_COMMIT]: app.commitMs, [APP_ROWS_PUT]: appRowsMs, [LONGEST_BLOCK]: app.longestBlockMs, [LONGEST_TASK]: app.longestTaskMs },
      };
    },
  };
}

function inventory(count: number): { communities: Community[]; estates: Estate[] } {
  const communities: Community[] = BENCH_COMMUNITIES.map((name, i) => ({
    id: `c${i}`, name, nameKey: name, kind: 'community', director: '', phone: '', planned: { total: null, class1: null, class2: null, class3: null },
    createdAt: i, updatedAt: i,
  }));
  const estates: Estate[] = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`, communityId: `c${i % communities.length}`, name: `测试小区${i}`, nameKey: `测试小区${i}`,
    estateClass: (i % 4) as Estate['estateClass'], mode: 'market', company: `物业公司${i % 300}`, buildings: (i % 30) + 1,
    households: (i % 900) + 20, floorArea: null, address: `测试路${i}号`, pilot: i % 50 === 0, notes: '', createdAt: i, updatedAt: i,
  }));
  return { communities, estates };
}

/**
 * The app's full-workbook export, called as the export panel calls it (with the committee terms,
 * none here), against SheetJS writing the same estate cells from a dense sheet.
 */
const export100k: BenchCase = {
  name: 'export 100,000 estates',
  target: 1.2,
  async run() {
    const data = inventory(100_000);
    const names = new Map(data.communities.map((c) => [c.id, c.name]));
    const start = performance.now();
    const appBytes = exportFullWorkbook({ ...data, terms: [] });
    const appMs = performance.now() - start;

    const rawStart = performance.now();
    const aoa: (string | number | null)[][] = [['所属社区', '小区名称', '小区类别', '管理模式', '物业服务企业', '楼幢数', '户数', '建筑面积（㎡）', '小区地址', '是否试点', '备注']];
    for (const e of data.estates) {
      aoa.push([names.get(e.communityId) ?? '', e.name, e.estateClass, e.mode, e.company, e.buildings, e.households, e.floorArea, e.address, e.pilot ? '是' : '否', e.notes]);
    }
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa, { dense: true }), '小区');
    const rawBytes = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
    const baselineMs = performance.now() - rawStart;
    if (rawBytes.byteLength === 0) throw new Error('empty raw export');
    // Untimed: the app's file holds the same estates (a header row, then one row each, in order).
    const written = XLSX.read(appBytes, { type: 'array', dense: true });
    const estateRows = XLSX.utils.sheet_to_json<unknown[]>(written.Sheets[exchangeMessages['zh-CN'].layout.estatesSheet]!, { header: 1 });
    const last = data.estates.at(-1)!;
    if (estateRows.length !== data.estates.length + 1 || estateRows.at(-1)?.[1] !== last.name) {
      throw new Error(`the app's export holds ${estateRows.length - 1} estate rows, not the ${data.estates.length} given`);
    }
    return { appMs, baselineMs };
  },
};

export const EXCHANGE_BENCH_CASES: readonly BenchCase[] = [importCase(10_000), importCase(100_000), export100k];
