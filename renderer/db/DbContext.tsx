import { createContext, useContext, type ReactNode } from 'react';
import type { StreetLedgerDb } from './StreetLedgerDb';

const DbContext = createContext<StreetLedgerDb | null>(null);

/** Gives the opened database to everything below; tests pass one on fake-indexeddb. */
export function DbProvider({ db, children }: { readonly db: StreetLedgerDb; readonly children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): StreetLedgerDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() needs a <DbProvider> above it');
  return db;
}
