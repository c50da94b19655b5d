import type { Page } from 'playwright-core';

/**
 * What is stored, read straight from IndexedDB (not through the app): which database the
 * pointer names, its row counts per table, every database that exists, and the browser
 * build's backups (listing rows and the size of each stored file).
 */
export interface LedgerState {
  readonly active: string;
  readonly pending: string | null;
  readonly counts: Record<string, number>;
  readonly databases: string[];
  /** The browser build's backups (private file system, or IndexedDB as kept before). `rows`: what each holds per table, as its manifest (proven against the dump on restore) says. */
  readonly backups: { fileName: string; bytes: number; fileBytes: number | null; rows: Record<string, number> }[];
}

export async function ledgerState(page: Page): Promise<LedgerState> {
  return page.evaluate(async () => {
    const openDb = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const all = <T,>(db: IDBDatabase, store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const count = (db: IDBDatabase, store: string) =>
      new Promise<number>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const pointer = JSON.parse(localStorage.getItem('street-ledger.activeDatabase') ?? 'null') as { active: string; pending: string | null } | null;
    const active = pointer?.active ?? 'street-ledger';
    const ledger = await openDb(active);
    const counts: Record<string, number> = {};
    for (const name of Array.from(ledger.objectStoreNames)) counts[name] = await count(ledger, name);
    ledger.close();
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '').sort();
    let listing: { fileName: string; bytes: number; manifest: { tables: { name: string; rows: number }[] } }[] = [];
    let files: { fileName: string; file: Blob }[] = [];
    // The backups: files in the private file system's folder `backups`, each with its manifest
    // on the header's second line; or, as an earlier version kept them, an IndexedDB database.
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('backups').catch(() => null);
    if (folder) {
      for await (const name of (folder as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> }).keys()) {
        if (!name.endsWith('.slbak')) continue;
        const file = await (await folder.getFileHandle(name)).getFile();
        const header = new TextDecoder().decode(await file.slice(0, 256 * 1024).arrayBuffer()).split('\n');
        listing.push({ fileName: name, bytes: file.size, manifest: JSON.parse(header[1] ?? '{}') as { tables: { name: string; rows: number }[] } });
        files.push({ fileName: name, file });
      }
    }
    // Opening a database that does not exist would create it: look first.
    if (databases.includes('street-ledger-backups')) {
      const store = await openDb('street-ledger-backups');
      listing = [...listing, ...(await all<(typeof listing)[number]>(store, 'listing'))];
      files = [...files, ...(await all<(typeof files)[number]>(store, 'files'))];
      store.close();
    }
    const sizes = new Map(files.map((f) => [f.fileName, f.file.size]));
    return {
      active,
      pending: pointer?.pending ?? null,
      counts,
      databases,
      backups: listing.map((b) => ({ fileName: b.fileName, bytes: b.bytes, fileBytes: sizes.get(b.fileName) ?? null, rows: Object.fromEntries(b.manifest.tables.map((t) => [t.name, t.rows])) })),
    };
  });
}

/** Adds photos to the active ledger straight into IndexedDB (each `size` bytes of every value). */
export async function seedPhotos(page: Page, count: number, size: number): Promise<void> {
  await page.evaluate(
    async ([n, bytes]) => {
      const pointer = JSON.parse(localStorage.getItem('street-ledger.activeDatabase') ?? 'null') as { active: string } | null;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(pointer?.active ?? 'street-ledger');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('inspectionPhotos', 'readwrite');
      for (let i = 0; i < n; i++) {
        const data = new Uint8Array(bytes);
        for (let j = 0; j < bytes; j++) data[j] = (j * 31 + i) % 256;
        tx.objectStore('inspectionPhotos').put({ id: `photo-${i}`, ownerId: `inspection-${i}`, name: `${i}.jpg`, type: 'image/jpeg', width: 800, height: 600, blob: new Blob([data], { type: 'image/jpeg' }), thumbnail: new Blob([data.slice(0, 2000)], { type: 'image/jpeg' }), addedAt: 1_700_000_000_000 + i });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [count, size] as const,
  );
}
