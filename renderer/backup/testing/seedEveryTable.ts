import type { Dexie, Table } from 'dexie';

/**
 * Rows for every table a database has, whatever its schema version: the restore drill must
 * cover tables added after it was written, so nothing here names a table except the photos.
 * Each row carries what a backup could lose — full-width punctuation, nested objects, nulls,
 * empty strings, numbers of every kind, dates, bytes — and photo rows carry Blobs holding all
 * 256 byte values.
 */
export function photoBlob(seed: number, size = 3000): Blob {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + seed * 13) % 256;
  return new Blob([bytes], { type: 'image/jpeg' });
}

function keyOf(table: Table, i: number): Record<string, unknown> {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') throw new Error(`table ${table.name} has no single key path`);
  return { [keyPath]: keyPath === 'year' ? 2020 + i : `${table.name}-${i}` };
}

export function richRow(table: Table, i: number): Record<string, unknown> {
  const row: Record<string, unknown> = {
    ...keyOf(table, i),
    name: `桂花路12号（东门）${i}`,
    notes: '老旧小区，需加装电梯；停车位不足：“待办”',
    empty: '',
    missing: null,
    count: i,
    share: 0.85,
    negative: -3,
    flag: i % 2 === 0,
    list: ['张敏', '李强', { nested: [1, null, '二'] }],
    when: new Date(1_700_000_000_000 + i),
    createdAt: 1_700_000_000_000 + i,
  };
  if (table.name === 'inspectionPhotos') {
    Object.assign(row, { ownerId: `inspections-${i}`, type: 'image/jpeg', width: 40, height: 30, blob: photoBlob(i), thumbnail: photoBlob(i + 100, 500), addedAt: 1_700_000_000_000 });
  }
  return row;
}

/** Three rows in every table of `db` (which must be open). */
export async function seedEveryTable(db: Dexie): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.bulkPut([0, 1, 2].map((i) => richRow(table, i)));
  });
}

/** Every table's rows with each Blob read out as its type and bytes, for deep comparison. */
export async function contentsOf(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    out[table.name] = await Promise.all((await table.toArray()).map((row: unknown) => materialise(row)));
  }
  return out;
}

async function materialise(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blobType: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
  if (Array.isArray(value)) return Promise.all(value.map(materialise));
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await materialise(v)] as const));
  return Object.fromEntries(entries);
}
