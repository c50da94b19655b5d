import '../backup/testing/nodeBlobReading';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_KINDS, allRecordKinds } from '../../shared/exchange/kinds';
import type { ExchangeKind } from '../../shared/exchange/recordKind';
import type { PersonalView } from '../../shared/complaints';
import { contentsOf } from '../backup/testing/seedEveryTable';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { issueNotice } from '../inspections/noticeRepository';
import { fullWorkbookOf } from './fullWorkbookOf';
import { NOTICE_PATTERN, importInto, ledgerOf, rules, seedEveryKind } from './testing/everyKind';

/*
 * The full workbook against every table the app keeps: seeded through the app's own
 * repositories with what a street office types (full-width “，；（）：”, line breaks, masked and
 * shown phones), exported, then (a) imported back into the same ledger — every row unchanged,
 * nothing written — and (b) into an empty ledger — the same records. The test walks the Dexie
 * tables and the registry, so a table or kind added later without workbook support fails it
 * unless it is listed below as kept apart, with the reason.
 */

/** Tables no sheet of the workbook carries, and why. */
const KEPT_APART: Readonly<Record<string, string>> = {
  inspectionPhotos: 'photos are bytes: backups hold them',
  complaintAttachments: 'attached files are bytes: backups hold them',
  campaignFiles: 'attached files are bytes: backups hold them',
  entryDrafts: 'an inspection form left half typed on this computer, not a record',
  importBatches: 'this installation’s undo log: an import of the workbook makes its own batches',
  importBatchEntries: 'the same undo log’s rows',
  columnMappings: 'column corrections remembered for this computer’s file layouts, not records',
  fieldHistory: 'a sheet to read (变更记录): the app keeps its own, and an import appends entries naming its batch',
  noticeCounters: 'follows from the notices’ numbers: checked below to end at or above every imported serial',
  complaintCounters: 'follows from the complaints’ numbers: checked below likewise',
};

/**
 * Fields of a carried table that the workbook does not carry, and why. Ids and write stamps are
 * the installation's own everywhere: records are compared with each id replaced by the record
 * it names (by that record's identity in the workbook).
 */
const NOT_CARRIED: Readonly<Record<string, readonly string[]>> = {
  inspections: ['photoCount'], // photos are in backups only
  complaints: ['attachmentCount', 'inspectionIds'], // files in backups; the inspections made "据此检查" are linked in the app only
  campaigns: ['inspectionIds'], // inspections tied to a campaign are linked in the app only
  campaignTasks: ['notes.attachments'], // a note's files are in backups only
  campaignFilings: ['file'], // a filing's scanned file is in backups only
  companies: ['keptApart'], // the register's "not the same company" decisions are made on this computer
};
const STAMPS = ['id', 'createdAt', 'updatedAt'];

let db: StreetLedgerDb;
let fresh: StreetLedgerDb;

/** The tables the workbook's kinds write. */
function carriedTables(): Set<string> {
  return new Set(allRecordKinds().flatMap((kind) => (kind.store ? [kind.store.table] : [])));
}

/** Each stored record's id → the record it is, by its kind and identity in the workbook. */
async function labels(target: StreetLedgerDb): Promise<Map<string, string>> {
  const ledger = await ledgerOf(target);
  const out = new Map<string, string>();
  for (const kind of allRecordKinds()) {
    const store = kind.store;
    if (!store) continue;
    const mapping = kind.mapping({ rules });
    for (const record of store.existing(ledger) as { id: string; value: never }[]) out.set(record.id, `${kind.key}:${mapping.identity(record.value).key}`);
  }
  // A committee member's id is the term's own business: members are carried by name and role.
  return out;
}

function without(row: unknown, path: readonly string[]): unknown {
  if (Array.isArray(row)) return row.map((item) => without(item, path));
  if (row === null || typeof row !== 'object') return row;
  const [head, ...rest] = path;
  const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  if (head === undefined) return copy;
  if (rest.length === 0) delete copy[head];
  else if (head in copy) copy[head] = without(copy[head], rest);
  return copy;
}

function named(value: unknown, label: Map<string, string>): unknown {
  if (typeof value === 'string') return label.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => named(v, label));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, named(v, label)]));
}

/** Every carried table as the workbook carries it: ids as the records they name, the listed fields left out. */
async function carried(target: StreetLedgerDb): Promise<Record<string, string[]>> {
  const label = await labels(target);
  const out: Record<string, string[]> = {};
  for (const table of [...carriedTables()].sort()) {
    const rows = await target.table(table).toArray();
    out[table] = rows
      .map((row: unknown) => {
        let kept = row;
        for (const field of [...STAMPS, ...(NOT_CARRIED[table] ?? [])]) kept = without(kept, field.split('.'));
        // Committee members carry an id of their own inside the term.
        if (table === 'committeeTerms') kept = without(kept, ['members', 'id']);
        return JSON.stringify(named(kept, label));
      })
      .sort();
  }
  return out;
}

beforeEach(async () => {
  db = await openTestDb('street');
  fresh = await openTestDb('fresh');
  await seedEveryKind(db);
});
afterEach(() => {
  db.close();
  fresh.close();
});

describe('the full workbook carries every record kind the app keeps', () => {
  it('covers every table: each is written by a kind of the registry or kept apart for a stated reason, and the seed fills them all', async () => {
    const tables = db.tables.map((t) => t.name).sort();
    const written = carriedTables();
    for (const table of tables) {
      expect(written.has(table) !== (table in KEPT_APART), `${table}: carried by a kind, or kept apart with a reason — exactly one`).toBe(true);
      expect(await db.table(table).count(), `${table} is seeded`).toBeGreaterThan(0);
    }
    expect(Object.keys(KEPT_APART).filter((t) => !tables.includes(t)), 'kept-apart tables that exist').toEqual([]);
    // Every kind the app stores has its sheet in the workbook.
    for (const kind of allRecordKinds()) if (kind.store) expect(kind.exportSheet, kind.key).toBeDefined();
  });

  it('imports back into the same ledger as a no-op: every row unchanged, nothing written', async () => {
    for (const view of ['masked', 'shown'] satisfies PersonalView[]) {
      const ledger = await ledgerOf(db);
      const { analysis, previewed, commit } = await importInto(db, await fullWorkbookOf(db, view));
      for (const kind of allRecordKinds()) {
        if (!kind.store) continue;
        const stored = kind.store.existing(ledger).length;
        expect(stored, `${kind.key} has records to round-trip`).toBeGreaterThan(0);
        expect(analysis[kind.key]?.rows.invalid ?? [], `${kind.key} (${view})`).toEqual([]);
        const diff = previewed[kind.key as ExchangeKind];
        expect([diff?.added.length, diff?.changed.length, diff?.unchanged.length], `${kind.key} (${view})`).toEqual([0, 0, stored]);
      }
      const before = await contentsOf(db);
      expect(await commit()).toEqual([]);
      expect(await contentsOf(db)).toEqual(before);
    }
  });

  it('brings the same records into an empty ledger, numbers and courses included, and the counters stay above them', async () => {
    const { analysis, commit } = await importInto(fresh, await fullWorkbookOf(db, 'shown'));
    for (const kind of IMPORT_KINDS) expect(analysis[kind]?.rows.invalid ?? [], kind).toEqual([]);
    await commit();
    const source = await carried(db);
    for (const table of carriedTables()) expect(source[table]?.length, `${table} has records to compare`).toBeGreaterThan(0);
    expect(await carried(fresh)).toEqual(source);
    // Numbers are the ones issued, never new ones; the counters go on after them.
    const numbers = async (target: StreetLedgerDb) => (await target.notices.toArray()).map((n) => [n.number, n.year, n.serial]).sort();
    expect(await numbers(fresh)).toEqual(await numbers(db));
    expect(await fresh.noticeCounters.get(2024)).toEqual({ year: 2024, last: 2 });
    expect((await issueNotice(fresh, { estateId: (await fresh.estates.toArray())[0]!.id, inspectionId: null, issuedOn: '2024-07-01', responsibleParty: '万科物业', deadline: '2024-07-08', items: [{ category: 'other', text: '复查' }] }, NOTICE_PATTERN)).number).toBe('〔2024〕第3号');
    expect(await fresh.complaintCounters.get(2024)).toEqual({ year: 2024, last: 2 });
  });
});
