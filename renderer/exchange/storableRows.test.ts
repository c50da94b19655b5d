import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeKind } from '../../shared/exchange/recordKind';
import { formatRowProblem } from '../../shared/exchange/format';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { openTestDb } from '../db/testing/testDb';
import { fullWorkbookOf } from './fullWorkbookOf';
import { importInto, seedEveryKind } from './testing/everyKind';

/*
 * A row the preview calls valid is a row the commit writes: what a write needs of a row (a
 * notice's issue date, the community a complaint step assigns to, a note's task, a credit
 * event's company) is asked when the file is read, so an import is never refused late for a
 * row shown as new. The street's full workbook, with one column of each of these sheets
 * emptied at a time (as a district's ledger leaves columns blank), is imported into an empty
 * ledger and into the one it came from: every row is valid or carries its reason, and the commit
 * of what was called valid goes through.
 */

const KINDS: readonly ExchangeKind[] = ['notices', 'noticeSteps', 'complaintSteps', 'campaignNotes', 'creditEntries'];

interface Column {
  readonly kind: ExchangeKind;
  readonly sheet: string;
  readonly header: string;
  /** 0-based. */
  readonly column: number;
  /** 0-based, the last header row. */
  readonly headerRow: number;
}

let source: StreetLedgerDb;
let bytes: Uint8Array;
/** Each kind's mapped columns, in sheet order. */
let columns: Column[][];

beforeAll(async () => {
  source = await openTestDb('storable-source');
  await seedEveryKind(source);
  bytes = await fullWorkbookOf(source, 'shown');
  const empty = await openTestDb('storable-empty');
  const { analysis } = await importInto(empty, bytes);
  empty.close();
  columns = KINDS.map((kind) => {
    const a = analysis[kind];
    if (!a) throw new Error(`${kind}: the full workbook has its sheet`);
    return Object.values(a.columns.fields).flatMap((f) => (f ? [{ kind, sheet: a.sheet.name, header: f.header, column: f.column, headerRow: a.header.lastRow - 1 }] : []));
  });
}, 60_000);
afterAll(() => source.close());

/** The workbook with these columns emptied below their header. */
function emptied(chosen: readonly Column[]): Uint8Array {
  const book = XLSX.read(bytes, { type: 'array', cellNF: true });
  for (const c of chosen) {
    const sheet = book.Sheets[c.sheet]!;
    const range = XLSX.utils.decode_range(sheet['!ref']!);
    for (let r = c.headerRow + 1; r <= range.e.r; r++) delete sheet[XLSX.utils.encode_cell({ r, c: c.column })];
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function importsCleanly(target: StreetLedgerDb, chosen: readonly Column[]): Promise<void> {
  const label = chosen.map((c) => `${c.sheet}/${c.header}`).join(', ');
  const { analysis, commit } = await importInto(target, emptied(chosen));
  for (const kind of KINDS) for (const row of analysis[kind]?.rows.invalid ?? []) {
    expect(row.problems.length, `${label}: ${kind} row ${row.row} is invalid with a reason`).toBeGreaterThan(0);
    for (const p of row.problems) expect(formatRowProblem(p, 'zh-CN'), `${label}: a Chinese reason`).toMatch(/[\u4e00-\u9fff]/);
  }
  await expect(commit(), `${label}: the commit writes what the analysis called valid`).resolves.toBeDefined();
}

describe('what the analysis calls valid, the commit writes', () => {
  it('reads the sheets of every kind here, each with columns to empty', () => {
    expect(columns.map((c) => c.length > 3)).toEqual(KINDS.map(() => true));
  });

  it('a notice without its issue date is invalid at 下发日期, in words, not refused by the commit', async () => {
    const issued = columns[0]!.find((c) => c.header === '下发日期');
    expect(issued).toBeDefined();
    const target = await openTestDb('storable-issued');
    try {
      const { analysis, commit } = await importInto(target, emptied([issued!]));
      const invalid = analysis.notices?.rows.invalid ?? [];
      expect(invalid.length).toBe(2);
      expect(invalid.map((r) => r.problems.map((p) => [p.field, formatRowProblem(p, 'zh-CN')]))).toEqual(invalid.map(() => [['issuedOn', expect.stringContaining('下发日期')]]));
      expect(analysis.notices?.rows.valid).toEqual([]);
      await commit();
      expect(await target.notices.count()).toBe(0);
      // Its steps name a notice the file no longer brings: invalid too, with their reason.
      expect(analysis.noticeSteps?.rows.valid).toEqual([]);
    } finally {
      target.close();
    }
  });

  it('with the n-th column of each sheet emptied, into an empty ledger and into the one it came from', async () => {
    const widest = Math.max(...columns.map((c) => c.length));
    for (let n = 0; n < widest; n++) {
      const chosen = columns.flatMap((c) => (c[n] ? [c[n]!] : []));
      const empty = await openTestDb(`storable-${n}`);
      try {
        await importsCleanly(empty, chosen);
      } finally {
        empty.close();
      }
    }
    for (let n = 0; n < widest; n++) {
      const same = await openTestDb(`storable-same-${n}`);
      try {
        await seedEveryKind(same);
        await importsCleanly(same, columns.flatMap((c) => (c[n] ? [c[n]!] : [])));
      } finally {
        same.close();
      }
    }
  }, 600_000);
});
