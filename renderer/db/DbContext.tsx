import { createContext, useContext, type ReactNode } from 'react';
import type { NewerDatabase } from './openLedger';
import type { StreetLedgerDb } from './StreetLedgerDb';

const DbContext = createContext<StreetLedgerDb | null>(null);
const NewerContext = createContext<NewerDatabase | undefined>(undefined);

/** Gives the opened database to everything below; tests pass one on fake-indexeddb. */
export function DbProvider({ db, newer, children }: { readonly db: StreetLedgerDb; readonly newer?: NewerDatabase; readonly children: ReactNode }) {
  return (
    <DbContext.Provider value={db}>
      <NewerContext.Provider value={newer}>{children}</NewerContext.Provider>
    </DbContext.Provider>
  );
}

/** Set when a newer build wrote the database and it is open read-only. */
export function useNewerDatabase(): NewerDatabase | undefined {
  return useContext(NewerContext);
}

export function useDb(): StreetLedgerDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() needs a <DbProvider> above it');
  return db;
}
