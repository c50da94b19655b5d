import { Dexie, type EntityTable } from 'dexie';
import { verifyBackupIntegrity, type BackupManifest } from '../../shared/backup';
import { webSha256 } from './webSha256';
import type { BackupStorage, OpenBackupResult, StoredBackup } from './Platform';
import { MAX_BACKUP_BYTES } from '../../shared/ipc/contract';

/** The database the browser build keeps its backups in: apart from the ledger's own. */
export const BACKUP_DATABASE_NAME = 'street-ledger-backups';

interface BackupFileRow {
  readonly fileName: string;
  readonly file: Blob;
  readonly writtenAt: number;
}

/** A file row becomes a backup only once its listing row exists (written after verifying). */
class BackupStoreDb extends Dexie {
  declare readonly files: EntityTable<BackupFileRow, 'fileName'>;
  declare readonly listing: EntityTable<StoredBackup, 'fileName'>;

  constructor(options?: ConstructorParameters<typeof Dexie>[1]) {
    super(BACKUP_DATABASE_NAME, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({ files: 'fileName, writtenAt', listing: 'fileName' });
  }
}

/** A file without its listing this old belongs to a write that died. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export interface BrowserBackupOptions {
  readonly dexieOptions?: ConstructorParameters<typeof Dexie>[1];
  readonly download?: (file: Blob, name: string) => void;
  readonly pickFile?: () => Promise<File | null>;
  readonly now?: () => number;
  /**
   * Who writes: the app hands writes to the backup worker, which runs this same store there —
   * storing and reading back a file of a hundred megabytes costs the window's thread over half a
   * second in Chromium, the worker's nothing anyone sees.
   */
  readonly writer?: (fileName: string, file: Blob) => Promise<StoredBackup>;
}

export function downloadBlob(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A backup file the user picks (another PC's copy, a USB drive), refused when too large. */
export async function pickedBackupFile(pickFile: (() => Promise<File | null>) | undefined): Promise<OpenBackupResult> {
  const file = await (pickFile ?? (() => Promise.resolve(null)))();
  if (!file) return { status: 'cancelled' };
  if (file.size > MAX_BACKUP_BYTES) return { status: 'tooLarge', name: file.name, bytes: file.size };
  return { status: 'opened', name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Backups of the browser build, in their own IndexedDB database, so deleting or restoring the
 * ledger's database never touches them. Written as a real file would be: the bytes first
 * (a "temporary name": nothing lists them), read back and verified, then the listing row — the
 * rename. A page killed in between leaves an unlisted file, swept later.
 */
export function createBrowserBackupStorage(options: BrowserBackupOptions = {}): BackupStorage {
  const db = new BackupStoreDb(options.dexieOptions);
  const now = options.now ?? Date.now;
  const list = async () => {
    const [listing, files] = await Promise.all([db.listing.toArray(), db.files.toArray()]);
    const listed = new Set(listing.map((b) => b.fileName));
    const abandoned = files.filter((f) => !listed.has(f.fileName) && now() - f.writtenAt > ABANDONED_AFTER_MS).map((f) => f.fileName);
    if (abandoned.length > 0) await db.files.bulkDelete(abandoned);
    return { location: '', entries: listing.sort((a, b) => b.manifest.createdAt - a.manifest.createdAt) };
  };
  const fileOf = async (fileName: string): Promise<Blob> => {
    const [listed, row] = await Promise.all([db.listing.get(fileName), db.files.get(fileName)]);
    if (!listed || !row) throw new Error(`no backup named ${fileName}`);
    return row.file;
  };
  return {
    list,
    write: options.writer ?? (async (fileName, file) => {
      await db.files.put({ fileName, file, writtenAt: now() });
      const back = await db.files.get(fileName);
      if (!back) throw new Error(`backup ${fileName} was not stored`);
      let manifest: BackupManifest;
      try {
        ({ manifest } = await verifyBackupIntegrity(new Uint8Array(await back.file.arrayBuffer()), webSha256));
      } catch (error) {
        await db.files.delete(fileName);
        throw error;
      }
      const stored: StoredBackup = { fileName, bytes: back.file.size, manifest };
      await db.listing.put(stored);
      return stored;
    }),
    read: fileOf,
    remove: async (fileNames) => {
      await db.transaction('rw', db.listing, db.files, async () => {
        await db.listing.bulkDelete([...fileNames]);
        await db.files.bulkDelete([...fileNames]);
      });
    },
    saveCopy: async (fileName) => {
      (options.download ?? downloadBlob)(await fileOf(fileName), fileName);
      return { status: 'saved', path: fileName };
    },
    openFile: () => pickedBackupFile(options.pickFile),
    chooseFolder: null,
  };
}
