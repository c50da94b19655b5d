import { createContext, useContext, type ReactNode } from 'react';
import type { BackupService } from './backupService';

export interface Backups {
  readonly service: BackupService;
  /** navigator.storage.persist()'s answer at start: may the browser evict the ledger? */
  readonly persisted: boolean;
}

const BackupContext = createContext<Backups | null>(null);

export function BackupProvider({ value, children }: { readonly value: Backups; readonly children: ReactNode }) {
  return <BackupContext.Provider value={value}>{children}</BackupContext.Provider>;
}

export function useBackups(): Backups {
  const backups = useContext(BackupContext);
  if (!backups) throw new Error('useBackups() needs a <BackupProvider> above it');
  return backups;
}
