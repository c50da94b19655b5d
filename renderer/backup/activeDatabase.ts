import { z } from '../../shared/common/zod';
import { DATABASE_NAME } from '../db/StreetLedgerDb';

/**
 * Which IndexedDB database is the ledger. IndexedDB cannot rename a database, so a restore loads
 * into a fresh one and then moves this pointer — one synchronous write to localStorage, outside
 * IndexedDB — to it. The page reads the pointer before it opens anything, so whatever moment a
 * restore is killed at, the app opens either the old database (pointer not moved) or the
 * restored one (moved), never a mix:
 *
 *   pending  a restore is loading into this database; if the app starts and finds it still
 *            pending, that restore died and the database is deleted
 *   retired  databases a restore replaced; deleted on a later start, once the pointer that no
 *            longer names them has certainly reached the disk
 */
export const POINTER_KEY = 'street-ledger.activeDatabase';

const pointerSchema = z.object({
  active: z.string().min(1).max(200),
  pending: z.string().min(1).max(200).nullable(),
  retired: z.array(z.string().min(1).max(200)).max(100),
});
export type DatabasePointer = z.infer<typeof pointerSchema>;

/** The part of Storage used: tests hand in a Map-backed one. */
export type PointerStorage = Pick<Storage, 'getItem' | 'setItem'>;

export class ActiveDatabase {
  constructor(private readonly storage: PointerStorage) {}

  read(): DatabasePointer {
    const raw = this.storage.getItem(POINTER_KEY);
    if (raw !== null) {
      try {
        const parsed = pointerSchema.safeParse(JSON.parse(raw));
        if (parsed.success) return parsed.data;
      } catch {
        // unreadable: fall through to the installation's first database
      }
    }
    return { active: DATABASE_NAME, pending: null, retired: [] };
  }

  private write(pointer: DatabasePointer): void {
    this.storage.setItem(POINTER_KEY, JSON.stringify(pointer));
  }

  /** The database the app opens. */
  name(): string {
    return this.read().active;
  }

  /** Names a fresh database for a restore and records it as pending before anything is written. */
  beginRestore(now = Date.now()): string {
    const pointer = this.read();
    const fresh = `${DATABASE_NAME}-restored-${now.toString(36)}`;
    this.write({ ...pointer, pending: fresh });
    return fresh;
  }

  /** The switch: the restored database becomes the ledger in one write. */
  switchTo(fresh: string): void {
    const pointer = this.read();
    if (pointer.pending !== fresh) throw new Error(`${fresh} is not the restore in progress`);
    this.write({ active: fresh, pending: null, retired: [...pointer.retired.filter((n) => n !== fresh), pointer.active] });
  }

  /** A restore that failed: its database is to go, the pointer stays. */
  abandon(fresh: string): void {
    const pointer = this.read();
    if (pointer.pending === fresh) this.write({ ...pointer, pending: null, retired: [...pointer.retired, fresh] });
  }

  /**
   * At start, before the ledger opens: deletes what died mid-restore and what restores replaced.
   * Never the active database, whatever the list says.
   */
  async sweep(deleteDatabase: (name: string) => Promise<void>): Promise<void> {
    const pointer = this.read();
    const doomed = [...pointer.retired, ...(pointer.pending ? [pointer.pending] : [])].filter((n) => n !== pointer.active);
    if (pointer.pending) this.write({ ...pointer, pending: null, retired: doomed });
    const failed: string[] = [];
    for (const name of doomed) {
      try {
        await deleteDatabase(name);
      } catch {
        failed.push(name);
      }
    }
    this.write({ ...this.read(), retired: failed });
  }
}
