import { Dexie, type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import type { FieldChangeEntry, HistoryEntry } from '../../shared/history/fieldHistory';
import { diffRows } from '../../shared/history/diffRows';
import { HISTORY_TABLE, TRACKED_TABLES, type TrackedTable } from '../../shared/history/trackedTables';
import { nextTimestamp } from '../db/timestamps';
import { authorOf } from './changeContext';

/*
 * The field history is written by the database itself: every write to a tracked table, from a
 * form, an import, an undo or code not yet written, appends its entries in the same IndexedDB
 * transaction, so a change and its history are committed or lost together and no write path
 * can forget it. The history table is added to each read-write transaction over a tracked
 * table; schema upgrades (versionchange transactions) are not changes a person made and are
 * not logged.
 */

type Row = Readonly<Record<string, unknown>>;

function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as { mode?: string }).mode === 'versionchange';
}

interface Before {
  readonly keys: unknown[];
  readonly rows: (Row | undefined)[];
}

/*
 * Written as promise chains over the down-level calls, never `async`/`await`: Dexie keeps the
 * transaction's zone through its own promises only, and a native await inside a middleware
 * loses it for the layers below (the hooks middleware reads it).
 */
function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): PromiseLike<Before> {
  const { trans } = req;
  const keyOf = (row: unknown): unknown => table.schema.primaryKey.extractKey?.(row);
  if (req.type === 'deleteRange') {
    return table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } }).then(({ result }) => ({ keys: result.map(keyOf), rows: result as Row[] }));
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map(keyOf));
  // A plain add never overwrites (it fails instead), so there is nothing to read.
  if (req.type === 'add') return Dexie.Promise.resolve({ keys, rows: keys.map(() => undefined) });
  return table.getMany({ trans, keys }).then((rows) => ({ keys, rows: rows as (Row | undefined)[] }));
}

/** The entries of the operations that succeeded (a failed one in a bulk write changed nothing). */
function entriesOf(tracked: TrackedTable, req: DBCoreMutateRequest, keys: unknown[], before: (Row | undefined)[], failed: Readonly<Record<number, Error>>): FieldChangeEntry[] {
  const after = req.type === 'add' || req.type === 'put' ? (req.values as Row[]) : [];
  return keys.flatMap((key, i) => (typeof key === 'string' && !(i in failed) ? diffRows(tracked, key, before[i], after[i]) : []));
}

export function fieldHistoryMiddleware(db: Dexie, newId: () => string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'FieldHistory',
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          const logged = mode === 'readwrite' && stores.some((s) => s in TRACKED_TABLES) && !stores.includes(HISTORY_TABLE);
          return down.transaction(logged ? [...stores, HISTORY_TABLE] : stores, mode, options);
        },
        table(name) {
          const table = down.table(name);
          const tracked = TRACKED_TABLES[name];
          if (!tracked) return table;
          return {
            ...table,
            mutate(req) {
              if (isUpgrade(req.trans)) return table.mutate(req);
              return rowsBefore(table, req).then(({ keys, rows }) =>
                table.mutate(req).then((response) => {
                  const changes = entriesOf(tracked, req, keys, rows, response.failures);
                  if (changes.length === 0) return response;
                  const author = authorOf(db, req.trans);
                  // Strictly after every stamp before it, so a record's history reads in the order written.
                  const at = nextTimestamp();
                  const values: HistoryEntry[] = changes.map((change) => ({ ...change, ...author, id: newId(), at }));
                  return down.table(HISTORY_TABLE).mutate({ type: 'add', trans: req.trans, values }).then(() => response);
                }),
              ) as Promise<DBCoreMutateResponse>;
            },
          };
        },
      };
    },
  };
}
