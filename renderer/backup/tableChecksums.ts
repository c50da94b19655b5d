import type { BackupTable } from '../../shared/backup/manifest';
import type { Sha256 } from '../../shared/backup/hashing';

/** The part of a dexie-export-import dump (formatVersion 1) read here. */
interface DexieDump {
  readonly formatName: 'dexie';
  readonly data: {
    readonly databaseVersion: number;
    readonly tables: readonly { readonly name: string; readonly schema: string; readonly rowCount: number }[];
    readonly data: readonly { readonly tableName: string; readonly rows: readonly unknown[] }[];
  };
}

function isDexieDump(value: unknown): value is DexieDump {
  if (typeof value !== 'object' || value === null) return false;
  const dump = value as { formatName?: unknown; data?: { tables?: unknown; data?: unknown } };
  return dump.formatName === 'dexie' && Array.isArray(dump.data?.tables) && Array.isArray(dump.data?.data);
}

/**
 * Rows and a checksum per table of a dump, taken from the dump's own text: each table's rows as
 * dexie-export-import encoded them (photos as base64 of their exact bytes), re-serialised in
 * order. The same database dumped twice gives the same sums, so a restored database, dumped
 * again, must reproduce the manifest's sums exactly — that is the restore's proof.
 */
export async function tableChecksums(dumpText: string, sha256: Sha256): Promise<{ databaseVersion: number; tables: BackupTable[] }> {
  const dump: unknown = JSON.parse(dumpText);
  if (!isDexieDump(dump)) throw new Error('not a dexie-export-import dump');
  const encoder = new TextEncoder();
  const rowsOf = new Map(dump.data.data.map((t) => [t.tableName, t.rows]));
  const tables: BackupTable[] = [];
  for (const { name } of dump.data.tables) {
    const rows = rowsOf.get(name) ?? [];
    tables.push({ name, rows: rows.length, sha256: await sha256(encoder.encode(JSON.stringify(rows))) });
  }
  return { databaseVersion: dump.data.databaseVersion, tables: sortTables(tables) };
}

/** Tables in one order everywhere (by code unit, as the manifest lists them). */
export function sortTables(tables: BackupTable[]): BackupTable[] {
  return tables.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
