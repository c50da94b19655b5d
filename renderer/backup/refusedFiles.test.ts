import './testing/nodeBlobReading';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { encodeBackupHeader, isBackupRefusal, readBackupHeader, type BackupRefusalCode } from '../../shared/backup/backupFile';
import type { BackupManifest } from '../../shared/backup/manifest';
import { backupMessages } from '../../shared/backup/messages';
import { CURRENT_VERSION } from '../db/schema';
import { StreetLedgerDb } from '../db/StreetLedgerDb';
import { createAtVersion } from '../db/testing/migrationHarness';
import { makeBackup } from './makeBackup';
import { loadBackupInto } from './restoreBackup';
import { contentsOf, seedEveryTable } from './testing/seedEveryTable';
import { webSha256 } from '../platform/webSha256';

async function setUp() {
  const indexedDB = new IDBFactory();
  const dexieOptions = { indexedDB, IDBKeyRange };
  await createAtVersion(CURRENT_VERSION, (old) => seedEveryTable(old), { name: 'street-ledger', dexieOptions });
  const db = new StreetLedgerDb('street-ledger', dexieOptions);
  await db.open();
  const { file } = await makeBackup({ dbName: 'street-ledger', reason: 'manual', appVersion: '0.1.0', operator: '张敏', streetName: '牌楼街道', dexieOptions });
  return { indexedDB, dexieOptions, db, good: new Uint8Array(await file.arrayBuffer()) };
}

async function refusalOf(promise: Promise<unknown>): Promise<BackupRefusalCode> {
  try {
    await promise;
  } catch (error) {
    if (isBackupRefusal(error)) return error.code;
    throw error;
  }
  throw new Error('the file was accepted');
}

function flipBit(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = (copy[at] ?? 0) ^ 0x10;
  return copy;
}

async function withManifest(good: Uint8Array, change: (manifest: BackupManifest) => BackupManifest): Promise<Uint8Array> {
  const { manifest, payloadOffset } = await readBackupHeader(good, webSha256);
  const header = await encodeBackupHeader(change(manifest), webSha256);
  const out = new Uint8Array(header.length + good.length - payloadOffset);
  out.set(header);
  out.set(good.subarray(payloadOffset), header.length);
  return out;
}

function workbookRenamed(): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['社区', '小区名称'], ['万安社区', '锦绣花园']]), '小区');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('a file that cannot be restored', () => {
  const cases: [string, (good: Uint8Array) => Uint8Array | Promise<Uint8Array>, BackupRefusalCode][] = [
    ['a truncated copy', (good) => good.subarray(0, Math.floor(good.length * 0.7)), 'truncated'],
    ['a copy cut off inside the header', (good) => good.subarray(0, 60), 'truncated'],
    ['a bit flipped in the data', (good) => flipBit(good, good.length - 200), 'damaged'],
    ['a bit flipped in the manifest', (good) => flipBit(good, 40), 'damaged'],
    ['a workbook renamed as a backup', () => workbookRenamed(), 'notABackup'],
    ['an empty file', () => new Uint8Array(0), 'notABackup'],
    ['a backup from a newer version', (good) => withManifest(good, (m) => ({ ...m, schemaVersion: CURRENT_VERSION + 1, appVersion: '9.0.0' })), 'newerVersion'],
    // A manifest rewritten with a valid checksum of its own, but sums that are not the data's.
    ['a manifest that does not describe its data', (good) => withManifest(good, (m) => ({ ...m, tables: m.tables.map((t, i) => (i === 0 ? { ...t, sha256: '0'.repeat(64) } : t)) })), 'contentMismatch'],
  ];

  it.each(cases)('refuses %s with one Chinese sentence and changes nothing', async (_, make, code) => {
    const { indexedDB, dexieOptions, db, good } = await setUp();
    const before = await contentsOf(db);
    const databases = await indexedDB.databases();
    expect(await refusalOf(loadBackupInto({ freshName: 'street-ledger-restore', bytes: await make(good), dexieOptions }))).toBe(code);
    const sentence = backupMessages['zh-CN'].refusals[code];
    expect(sentence).toMatch(/^[^。]+。$/);
    expect(sentence).toMatch(/[\u4e00-\u9fff]/);
    // Nothing changed: the same databases, the current one holding what it held.
    expect(await indexedDB.databases()).toEqual(databases);
    expect(await contentsOf(db)).toEqual(before);
    db.close();
  });

  it('accepts the untouched file', async () => {
    const { dexieOptions, db, good } = await setUp();
    await expect(loadBackupInto({ freshName: 'street-ledger-restore', bytes: good, dexieOptions })).resolves.toMatchObject({ schemaVersion: CURRENT_VERSION });
    db.close();
  });
});
