import { z } from '../common/zod';

/**
 * What a backup says about itself, written in front of the database dump so a list of backups
 * (and the restore preview) can show time, counts and origin without reading the dump, and so
 * the restored database can be checked table by table against what was backed up.
 */
export const BACKUP_REASONS = ['manual', 'daily', 'interval', 'beforeImport', 'beforeUndo', 'beforeRestore', 'beforeUpgrade'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const backupTableSchema = z.object({
  name: z.string().min(1).max(100),
  rows: z.number().int().min(0),
  /** SHA-256 of the table's rows as the dump holds them (see tableChecksum). */
  sha256: sha256Schema,
});
export type BackupTable = z.infer<typeof backupTableSchema>;

export const backupManifestSchema = z.object({
  format: z.literal('street-ledger-backup'),
  formatVersion: z.literal(1),
  appVersion: z.string().max(50),
  /** The database schema version the dump was taken at (renderer/db/schema). */
  schemaVersion: z.number().int().min(1),
  createdAt: z.number().int().min(0),
  operator: z.string().max(100),
  reason: z.enum(BACKUP_REASONS),
  streetName: z.string().max(100),
  tables: z.array(backupTableSchema).max(200),
  /** The dexie-export-import dump that follows the header. */
  payload: z.object({ bytes: z.number().int().min(0), sha256: sha256Schema }),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** Rows per table, as the backups page and the restore preview show them. */
export function countsOf(manifest: Pick<BackupManifest, 'tables'>): Record<string, number> {
  return Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
}
