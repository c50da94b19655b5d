import { backupFileName } from '../../shared/backup/backupFile';
import { settingsToKeep, type BackupManifest, type BackupReason } from '../../shared/backup/manifest';
import { backupsToPrune, needsDailyBackup } from '../../shared/backup/retention';
import { coerceSettings, type Settings, type SettingsPatch } from '../../shared/settings/settings';
import type { BackupListing, BackupStorage, StoredBackup } from '../platform/Platform';
import { bytesToWrite } from '../db/roomCheck';
import type { ActiveDatabase } from './activeDatabase';
import type { BackupClient } from './BackupClient';

export interface BackupServiceDependencies {
  readonly storage: BackupStorage;
  readonly client: Pick<BackupClient, 'backup' | 'inspect' | 'restore'>;
  readonly pointer: ActiveDatabase;
  /** Read at each backup: the operator and retention as they are now. */
  readonly settings: () => Promise<Settings>;
  /** Puts a restored backup's settings in place (the platform's settings store). */
  readonly restoreSettings?: (patch: SettingsPatch) => Promise<unknown>;
  readonly appVersion: string;
  readonly now?: () => number;
  /**
   * Refuses (throws) when the disk has not `neededBytes` to spare (`assertRoomFor` over the
   * platform); checked before a restore writes anything, the backup before it included.
   */
  readonly room?: (neededBytes: number) => Promise<void>;
}

export interface RestoreOptions {
  /** Rows the ledger holds now: the backup before the restore is made of them. */
  readonly ledgerRows?: number;
  readonly onBackedUp?: () => void;
}

/**
 * Everything the app does with backups, in the window: the worker makes and loads them, the
 * platform keeps them, the pointer says which database is the ledger. Backups run one at a time
 * (a daily one and the one before an import never interleave), each followed by pruning.
 */
export class BackupService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  /** Rows of the file last inspected: what a restore of it writes. */
  private inspectedRows = 0;

  constructor(private readonly deps: BackupServiceDependencies) {
    this.now = deps.now ?? Date.now;
  }

  /** Calls `listener` whenever a backup was added or pruned (an open backups page reloads). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The ledger's database right now. */
  get dbName(): string {
    return this.deps.pointer.name();
  }

  list(): Promise<BackupListing> {
    return this.deps.storage.list();
  }

  /** A complete backup of the ledger, written, verified and listed; older ones pruned. */
  backUp(reason: BackupReason, dbName: string = this.dbName): Promise<StoredBackup> {
    return this.serially(() => this.writeAndPrune(reason, dbName));
  }

  /** Backs up once a day (first start of the day); asked twice at once, still backs up once. */
  backUpIfFirstToday(): Promise<StoredBackup | null> {
    return this.serially(async () => {
      const { entries } = await this.list();
      if (!needsDailyBackup(entries.map((e) => e.manifest), this.now())) return null;
      return this.writeAndPrune('daily', this.dbName);
    });
  }

  /** Checks a file for the restore preview; the worker keeps it for `restore()`. */
  async inspect(file: Blob): Promise<BackupManifest> {
    const { manifest } = await this.deps.client.inspect(file);
    this.inspectedRows = manifest.tables.reduce((n, table) => n + table.rows, 0);
    return manifest;
  }

  /**
   * Restores the file last inspected: the room for it and for the backup before it is checked,
   * the current database is backed up, the backup loaded and proven in a fresh database, and
   * only then does the pointer move to it. The caller reopens the app on the new database.
   */
  restore({ ledgerRows = 0, onBackedUp }: RestoreOptions = {}): Promise<string> {
    return this.serially(async () => {
      await this.deps.room?.(bytesToWrite(this.inspectedRows + ledgerRows));
      // Not through backUp(): that would queue behind this very task.
      await this.write('beforeRestore', this.dbName);
      onBackedUp?.();
      const fresh = this.deps.pointer.beginRestore(this.now());
      let manifest: BackupManifest;
      try {
        ({ manifest } = await this.deps.client.restore(fresh));
      } catch (error) {
        this.deps.pointer.abandon(fresh);
        throw error;
      }
      this.deps.pointer.switchTo(fresh);
      // The settings follow the data (an office moving to a new PC); a backup from before they
      // were carried leaves today's in place. Where this computer keeps backups stays its own.
      if (manifest.settings && this.deps.restoreSettings) {
        const { backupDirectory: _here, ...restored } = coerceSettings(manifest.settings);
        await this.deps.restoreSettings(restored);
      }
      return fresh;
    });
  }

  private async write(reason: BackupReason, dbName: string): Promise<StoredBackup> {
    const settings = await this.deps.settings();
    const createdAt = this.now();
    const { file } = await this.deps.client.backup({
      dbName,
      reason,
      appVersion: this.deps.appVersion,
      operator: settings.operator,
      streetName: settings.streetName,
      settings: settingsToKeep(settings),
      now: createdAt,
    });
    return this.deps.storage.write(backupFileName(createdAt, reason), file);
  }

  private async writeAndPrune(reason: BackupReason, dbName: string): Promise<StoredBackup> {
    const stored = await this.write(reason, dbName);
    try {
      await this.prune();
    } finally {
      for (const listener of this.listeners) listener();
    }
    return stored;
  }

  private async prune(): Promise<void> {
    const settings = await this.deps.settings();
    const { entries } = await this.list();
    const doomed = backupsToPrune(
      entries.map((e) => ({ id: e.fileName, createdAt: e.manifest.createdAt })),
      { keepLast: settings.backupKeepLast, keepDays: settings.backupKeepDays, keepMonths: settings.backupKeepMonths },
      this.now(),
    );
    if (doomed.length > 0) await this.deps.storage.remove(doomed);
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
