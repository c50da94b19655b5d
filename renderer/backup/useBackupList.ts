import { useCallback, useEffect, useState } from 'react';
import type { BackupListing } from '../platform/Platform';
import { useBackups } from './BackupContext';

export type BackupListState =
  | { readonly status: 'loading' }
  | { readonly status: 'listed'; readonly listing: BackupListing }
  | { readonly status: 'failed'; readonly error: unknown };

/** The stored backups (not in the ledger's database, so not a live query): reload after changes. */
export function useBackupList(): [BackupListState, () => void] {
  const { service } = useBackups();
  const [state, setState] = useState<BackupListState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    service.list().then(
      (listing) => current && setState({ status: 'listed', listing }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [service, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // Automatic backups (the day's first, the scheduled ones) appear while the page is open.
  useEffect(() => service.onChange(reload), [service, reload]);
  return [state, reload];
}
