import { backupManifestSchema, type BackupManifest } from './manifest';
import type { Sha256 } from './hashing';

/**
 * The backup file: four parts, so anything that reads it can tell a backup from any other file,
 * a cut-off copy from a damaged one, and the header from the dump.
 *
 *   STREET-LEDGER-BACKUP 1\n      magic line: not a backup without it (a workbook renamed .slbak)
 *   {manifest JSON}\n              one line, UTF-8
 *   <sha256 of the manifest line>\n
 *   <payload>                      the whole database as dexie-export-import dumps it
 *
 * The manifest holds the payload's length and SHA-256, so a truncated file (shorter than it
 * says) and a bit-flipped one (checksum differs) are told apart and both refused.
 */
export const BACKUP_MAGIC = 'STREET-LEDGER-BACKUP 1\n';
export const BACKUP_EXTENSION = 'slbak';
/** How much of a file the backup list reads: the header always fits (a manifest is a few KB). */
export const HEADER_READ_BYTES = 256 * 1024;
/** A file without its header's end by then is not a backup. */
const MAX_HEADER_BYTES = HEADER_READ_BYTES;

export type BackupRefusalCode = 'notABackup' | 'truncated' | 'damaged' | 'newerVersion' | 'contentMismatch';

export class BackupRefusal extends Error {
  constructor(
    readonly code: BackupRefusalCode,
    readonly params: { readonly schemaVersion?: number; readonly appVersion?: string } = {},
  ) {
    super(`backup refused: ${code}`);
    this.name = 'BackupRefusal';
  }
}

export function isBackupRefusal(error: unknown): error is BackupRefusal {
  return error instanceof BackupRefusal || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'BackupRefusal');
}

const encoder = new TextEncoder();

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The header (magic, manifest, manifest checksum) that goes in front of the payload. */
export async function encodeBackupHeader(manifest: BackupManifest, sha256: Sha256): Promise<Uint8Array> {
  const manifestLine = encoder.encode(JSON.stringify(backupManifestSchema.parse(manifest)));
  const manifestSum = await sha256(manifestLine);
  return concat([encoder.encode(BACKUP_MAGIC), manifestLine, encoder.encode(`\n${manifestSum}\n`)]);
}

export interface BackupHeader {
  readonly manifest: BackupManifest;
  /** Where the payload starts in the file. */
  readonly payloadOffset: number;
}

function indexOfNewline(bytes: Uint8Array, from: number, limit: number): number {
  const end = Math.min(bytes.length, limit);
  for (let i = from; i < end; i++) if (bytes[i] === 0x0a) return i;
  return -1;
}

/**
 * Reads the header of a file (or of its first bytes: the list of backups reads no more). Throws
 * a BackupRefusal: notABackup without the magic line, truncated when the header is cut off,
 * damaged when the manifest does not match its checksum or is not a manifest.
 */
export async function readBackupHeader(bytes: Uint8Array, sha256: Sha256): Promise<BackupHeader> {
  const magic = encoder.encode(BACKUP_MAGIC);
  if (bytes.length < magic.length) {
    const prefix = bytes.every((b, i) => b === magic[i]);
    throw new BackupRefusal(prefix && bytes.length > 0 ? 'truncated' : 'notABackup');
  }
  if (!magic.every((b, i) => bytes[i] === b)) throw new BackupRefusal('notABackup');
  const manifestEnd = indexOfNewline(bytes, magic.length, MAX_HEADER_BYTES);
  const sumEnd = manifestEnd < 0 ? -1 : indexOfNewline(bytes, manifestEnd + 1, manifestEnd + 80);
  if (manifestEnd < 0 || sumEnd < 0) throw new BackupRefusal(bytes.length < MAX_HEADER_BYTES ? 'truncated' : 'damaged');
  const manifestLine = bytes.subarray(magic.length, manifestEnd);
  const storedSum = new TextDecoder().decode(bytes.subarray(manifestEnd + 1, sumEnd));
  if ((await sha256(manifestLine)) !== storedSum) throw new BackupRefusal('damaged');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestLine));
  } catch {
    throw new BackupRefusal('damaged');
  }
  const manifest = backupManifestSchema.safeParse(parsed);
  if (!manifest.success) throw new BackupRefusal('damaged');
  return { manifest: manifest.data, payloadOffset: sumEnd + 1 };
}

export interface VerifiedBackup {
  readonly manifest: BackupManifest;
  readonly payload: Uint8Array;
}

/** The whole file intact: header, payload length and checksum. What a backup folder checks. */
export async function verifyBackupIntegrity(bytes: Uint8Array, sha256: Sha256): Promise<VerifiedBackup> {
  const { manifest, payloadOffset } = await readBackupHeader(bytes, sha256);
  const payload = bytes.subarray(payloadOffset);
  if (payload.length < manifest.payload.bytes) throw new BackupRefusal('truncated');
  if (payload.length > manifest.payload.bytes || (await sha256(payload)) !== manifest.payload.sha256) throw new BackupRefusal('damaged');
  return { manifest, payload };
}

/**
 * The whole file intact and of a schema this app knows (a backup from a newer version cannot be
 * restored by an older app: its tables may not exist here). Nothing is written by checking.
 */
export async function verifyBackupFile(bytes: Uint8Array, sha256: Sha256, currentSchemaVersion: number): Promise<VerifiedBackup> {
  const { manifest, payload } = await verifyBackupIntegrity(bytes, sha256);
  if (manifest.schemaVersion > currentSchemaVersion) {
    throw new BackupRefusal('newerVersion', { schemaVersion: manifest.schemaVersion, appVersion: manifest.appVersion });
  }
  return { manifest, payload };
}

/** A backup's file name: sortable by time, readable in a folder, and the same on every OS. */
export function backupFileName(createdAt: number, reason: string): string {
  const d = new Date(createdAt);
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}_${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
  // A file name, not UI words: the same in every locale, so every backup is found by its name.
  return `台账备份_${stamp}_${String(createdAt % 1000).padStart(3, '0')}_${reason}.${BACKUP_EXTENSION}`;
}

/** What the folder listing takes as a backup: a finished one, never a temporary file. */
export function isBackupFileName(name: string): boolean {
  return name.endsWith(`.${BACKUP_EXTENSION}`) && !name.startsWith('.') && !/[\\/]/.test(name);
}
