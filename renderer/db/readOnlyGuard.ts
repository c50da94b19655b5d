import { Dexie, type DBCore, type Middleware } from 'dexie';

/** Thrown for any write to a ledger opened read-only; named so storageFailureOf says 'readOnly'. */
export class ReadOnlyLedger extends Error {
  constructor() {
    super('the ledger is open read-only');
    this.name = 'ReadOnlyLedger';
  }
}

/**
 * Refuses every write at the bottom of Dexie's stack: whichever repository, import or undo tries
 * to write, nothing reaches a database that a newer build shaped.
 */
export const readOnlyGuard: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ReadOnlyLedger',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        return { ...table, mutate: () => Dexie.Promise.reject(new ReadOnlyLedger()) };
      },
    };
  },
};
